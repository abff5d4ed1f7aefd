package cn.kaohe.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.impact.LineDiff.Hunk;
import cn.kaohe.impact.LineDiff.Kind;
import cn.kaohe.impact.LineDiff.Line;
import cn.kaohe.impact.RulesetComparison.FileComparison;
import cn.kaohe.impact.RulesetComparison.FileStatus;

@DisplayName("规则集逐个文件比较：新增、删除、修改的文件和改动的行")
class RulesetComparisonTests {

    private static final String TARGETS = "industrial/targets-2023.drl.csv";
    private static final String HEJIN_15 = "2023年河津开发区规上工业增加值增速省定目标为15%,2023,河津开发区,规上工业增加值增速,15";
    private static final String HEJIN_16 = "2023年河津开发区规上工业增加值增速省定目标为16%,2023,河津开发区,规上工业增加值增速,16";
    private static final String ZONE_TARGETS = """
            RuleTable 2023年省定目标（个别开发区）,,,,
            NAME,CONDITION,CONDITION,CONDITION,ACTION
            ,m: Measure...,m: Measure...,m: Measure...,
            ,year == $param,subject == "$param",indicator == "$param",insert(Target.provincialForZone(m))
            规则名称,年度,开发区,指标,目标值
            %s
            2023年河津开发区工业投资增速省定目标为16%%,2023,河津开发区,工业投资增速,16
            2023年运城开发区转型项目投资占比省定目标为88%%,2023,运城开发区,转型项目投资占比,88
            ,
            Notes,以下目标值材料中没有给出，仅为示例，不是省定目标。
            RuleTable 2023年示例目标（非省定）,,,,
            NAME,CONDITION,CONDITION,CONDITION,ACTION
            """;

    @Test
    @DisplayName("目标表中改了一行：文件为“修改”，改动前后各有3行上下文，行号对得上")
    void changedRowOfATargetTable() {
        RulesetComparison comparison = RulesetComparison.compare(Map.of(TARGETS, ZONE_TARGETS.formatted(HEJIN_15)),
                Map.of(TARGETS, ZONE_TARGETS.formatted(HEJIN_16)));

        FileComparison file = comparison.file(TARGETS);
        assertThat(file.status()).isEqualTo(FileStatus.MODIFIED);
        assertThat(file.status().label()).isEqualTo("修改");
        assertThat(file.addedLines()).isEqualTo(1);
        assertThat(file.removedLines()).isEqualTo(1);
        Hunk hunk = file.hunks().get(0);
        assertThat(file.hunks()).hasSize(1);
        assertThat(hunk.header()).isEqualTo("@@ -3,7 +3,7 @@");
        assertThat(hunk.lines()).extracting(Line::kind, Line::left, Line::right).containsExactly(
                tuple(Kind.SAME, 3, 3), tuple(Kind.SAME, 4, 4), tuple(Kind.SAME, 5, 5),
                tuple(Kind.REMOVED, 6, null), tuple(Kind.ADDED, null, 6),
                tuple(Kind.SAME, 7, 7), tuple(Kind.SAME, 8, 8), tuple(Kind.SAME, 9, 9));
        assertThat(hunk.lines().get(3).text()).isEqualTo(HEJIN_15);
        assertThat(hunk.lines().get(4).text()).isEqualTo(HEJIN_16);
        assertThat(comparison.summary()).isEqualTo("修改1个文件（增加1行、删除1行）");
    }

    @Test
    @DisplayName("新增的文件每行都是增加的行，删除的文件每行都是删除的行，未改的文件不列改动")
    void addedDeletedAndUnchangedFiles() {
        String judging = "package common;\n\nrule \"实际值达到目标值为达标\"\nend\n";
        Map<String, String> left = Map.of("common/judging.drl", judging, "chemical/old-grades.drl", "package chemical;\n// 旧的等级划分\n");
        Map<String, String> right = Map.of("common/judging.drl", judging,
                "industrial/targets-2024.drl.csv", "RuleSet,industrial\n规则名称,年度,开发区类型,指标,目标值\n2024年工业类开发区规上工业增加值增速省定目标为16%,2024,工业类,规上工业增加值增速,16\n");

        RulesetComparison comparison = RulesetComparison.compare(left, right);

        assertThat(comparison.files()).extracting(FileComparison::path, f -> f.status().label(), FileComparison::addedLines,
                FileComparison::removedLines).containsExactly(
                        tuple("chemical/old-grades.drl", "删除", 0, 2),
                        tuple("common/judging.drl", "未变", 0, 0),
                        tuple("industrial/targets-2024.drl.csv", "新增", 3, 0));
        assertThat(comparison.file("industrial/targets-2024.drl.csv").hunks()).singleElement()
                .satisfies(h -> assertThat(h.header()).isEqualTo("@@ -0,0 +1,3 @@"));
        assertThat(comparison.file("chemical/old-grades.drl").hunks().get(0).header()).isEqualTo("@@ -1,2 +0,0 @@");
        assertThat(comparison.file("common/judging.drl").hunks()).isEmpty();
        assertThat(comparison.changed()).hasSize(2);
        assertThat(comparison.summary()).isEqualTo("新增1个文件，删除1个文件（增加3行、删除2行）");
    }

    @Test
    @DisplayName("两套规则完全相同：每个文件都是“未变”，规则文件没有变化")
    void identicalRulesets() {
        Map<String, String> files = Map.of(TARGETS, ZONE_TARGETS.formatted(HEJIN_15), "common/judging.drl", "package common;\n");

        RulesetComparison comparison = RulesetComparison.compare(files, Map.copyOf(files));

        assertThat(comparison.identical()).isTrue();
        assertThat(comparison.files()).extracting(FileComparison::status).containsOnly(FileStatus.UNCHANGED);
        assertThat(comparison.addedLines()).isZero();
        assertThat(comparison.summary()).isEqualTo("规则文件没有变化");
    }

    @Test
    @DisplayName("只是换行符不同（Windows的\\r\\n、末尾有无换行）不算修改")
    void lineEndingsDoNotCount() {
        String unix = ZONE_TARGETS.formatted(HEJIN_15);
        String windows = unix.replace("\n", "\r\n");
        String noFinalBreak = unix.substring(0, unix.length() - 1);

        RulesetComparison comparison = RulesetComparison.compare(Map.of("a.csv", unix, "b.csv", unix),
                Map.of("a.csv", windows, "b.csv", noFinalBreak));

        assertThat(comparison.identical()).isTrue();
        assertThat(LineDiff.lines(windows)).hasSize(12).allSatisfy(l -> assertThat(l).doesNotEndWith("\r"));
    }

    @Test
    @DisplayName("相隔很远的两处改动分成两段，相隔不超过6行的改动合为一段")
    void changesFarApartMakeTwoHunks() {
        List<String> lines = IntStream.rangeClosed(1, 30).mapToObj(i -> "第" + i + "行").toList();
        String original = String.join("\n", lines);

        String far = original.replace("第5行", "第5行（改）").replace("第20行", "第20行（改）");
        List<Hunk> farHunks = RulesetComparison.compare(Map.of("f", original), Map.of("f", far)).file("f").hunks();
        assertThat(farHunks).extracting(Hunk::header).containsExactly("@@ -2,7 +2,7 @@", "@@ -17,7 +17,7 @@");

        String near = original.replace("第5行", "第5行（改）").replace("第12行", "第12行（改）");
        List<Hunk> nearHunks = RulesetComparison.compare(Map.of("f", original), Map.of("f", near)).file("f").hunks();
        assertThat(nearHunks).extracting(Hunk::header).containsExactly("@@ -2,14 +2,14 @@");
    }

    @Test
    @DisplayName("在文件开头加一行：其后各行右侧行号加1，只计增加1行")
    void lineAddedAtTheTop() {
        String rules = IntStream.rangeClosed(1, 10).mapToObj(i -> "rule " + i).collect(Collectors.joining("\n"));

        FileComparison file = RulesetComparison.compare(Map.of("r.drl", rules), Map.of("r.drl", "// 新增的说明\n" + rules))
                .file("r.drl");

        assertThat(file.addedLines()).isEqualTo(1);
        assertThat(file.removedLines()).isZero();
        assertThat(file.hunks()).singleElement().satisfies(h -> {
            assertThat(h.header()).isEqualTo("@@ -1,3 +1,4 @@");
            assertThat(h.lines()).extracting(Line::kind, Line::left, Line::right).containsExactly(
                    tuple(Kind.ADDED, null, 1), tuple(Kind.SAME, 1, 2), tuple(Kind.SAME, 2, 3), tuple(Kind.SAME, 3, 4));
        });
    }

    @Test
    @DisplayName("一行挪到后面：只计删除1行、增加1行，其余各行不动")
    void movedLineIsOneRemovalAndOneAddition() {
        List<Line> lines = LineDiff.compare(List.of("甲", "乙", "丙", "丁"), List.of("甲", "丙", "丁", "乙"));

        assertThat(lines).extracting(Line::kind, Line::text).containsExactly(tuple(Kind.SAME, "甲"), tuple(Kind.REMOVED, "乙"),
                tuple(Kind.SAME, "丙"), tuple(Kind.SAME, "丁"), tuple(Kind.ADDED, "乙"));
    }
}
