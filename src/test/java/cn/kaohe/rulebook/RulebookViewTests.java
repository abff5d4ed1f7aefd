package cn.kaohe.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.kaohe.rulebook.FeatureDocs.Feature;
import cn.kaohe.rulebook.FeatureDocs.Scenario;
import cn.kaohe.rulebook.FeatureDocs.Segment;
import cn.kaohe.rulebook.RulebookView.FileEntry;
import cn.kaohe.rulebook.RulebookView.ScenarioEntry;
import cn.kaohe.rulebook.RulebookView.Status;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;

/**
 * The rulebook read from the real rules/ and features/: parsing features, decision tables, and placing
 * a check's findings. The two features whose layout the assertions depend on (line numbers, outline
 * examples) are fixed copies under src/test/resources/rulebook, so that editing the real features
 * does not break these tests.
 */
class RulebookViewTests {

    static final String TARGETS = "features/industrial/targets-2023.feature";
    static final String HEJIN_15 = "2023年河津开发区规上工业增加值增速省定目标为15%";
    static final String PASSED_RULE = "实际值达到或超过目标值的，判定为达标";

    static final String BULLETIN = "features/report/bulletin.feature";

    final FeatureDocs docs = withFixtures(FeatureDocs.read(Path.of("features")));

    static FeatureDocs withFixtures(FeatureDocs real) {
        List<Feature> features = new java.util.ArrayList<>(real.features().stream()
                .filter(f -> !f.path().equals(TARGETS) && !f.path().equals(BULLETIN)).toList());
        features.add(FeatureDocs.parse(TARGETS, fixture("targets-2023.feature")));
        features.add(FeatureDocs.parse(BULLETIN, fixture("bulletin.feature")));
        return new FeatureDocs(features, real.problems());
    }

    static String fixture(String name) {
        try {
            return java.nio.file.Files.readString(Path.of("src/test/resources/rulebook", name), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    Feature targets() {
        return docs.feature(TARGETS).orElseThrow();
    }

    @Test
    void aFeatureIsReadWithItsRuleFileBackgroundAndOutlineExamples() {
        assertThat(docs.problems()).isEmpty();
        Feature f = targets();
        assertThat(f.name()).isEqualTo("2023年工业类开发区考核目标");
        assertThat(f.ruleFiles()).containsExactly("industrial/targets-2023.drl.csv");
        assertThat(f.description()).first().asString().startsWith("省定目标对同类开发区通用");
        assertThat(f.background()).singleElement().satisfies(s -> {
            assertThat(s.keyword()).isEqualTo("假如");
            assertThat(s.text()).isEqualTo("考核期为“2023年1-6月”");
        });

        Scenario outline = f.scenarios().get(0);
        assertThat(outline.keyword()).isEqualTo("场景大纲");
        assertThat(outline.name()).isEqualTo("省定目标及个别开发区的例外");
        assertThat(outline.line()).isEqualTo(12);
        assertThat(outline.steps()).extracting(FeatureDocs.Step::keyword).containsExactly("假如", "当", "那么");
        assertThat(outline.examples()).hasSize(2);
        var exceptions = outline.examples().get(1);
        assertThat(exceptions.name()).isEqualTo("个别开发区的省定目标优先于通用目标");
        assertThat(exceptions.header()).containsExactly("开发区", "指标", "实际值", "目标值", "依据规则");
        assertThat(exceptions.rows()).hasSize(3).first().satisfies(r -> {
            assertThat(r.line()).isEqualTo(27);
            assertThat(r.cells()).containsExactly("河津开发区", "规上工业增加值增速", "15.2%", "15%", HEJIN_15);
        });
        assertThat(f.scenarioAt(27)).contains(outline);
        assertThat(f.scenarios()).filteredOn(s -> !s.outline()).extracting(Scenario::keyword).containsOnly("场景");
    }

    @Test
    void stepsKeepTheirTablesDocStringsQuotedNamesAndParameters() {
        Feature bulletin = docs.feature("features/report/bulletin.feature").orElseThrow();
        var first = bulletin.scenarios().get(0);
        assertThat(first.steps().get(0).table()).first().extracting(FeatureDocs.Row::cells).isEqualTo(List.of("对象", "指标", "数值"));
        assertThat(first.steps()).anySatisfy(s -> assertThat(s.docString()).startsWith("1-6月，运城市工业类开发区规上工业增加值完成251.06亿元"));

        assertThat(targets().scenarios().get(0).steps().get(0).segments()).containsExactly(new Segment("“", Segment.Kind.TEXT),
                new Segment("开发区", Segment.Kind.PARAMETER), new Segment("”的“", Segment.Kind.TEXT), new Segment("指标", Segment.Kind.PARAMETER),
                new Segment("”为", Segment.Kind.TEXT), new Segment("实际值", Segment.Kind.PARAMETER));
        assertThat(Segment.split("“河津开发区”的“规上工业增加值增速”为15.2%")).extracting(Segment::kind)
                .containsExactly(Segment.Kind.QUOTED, Segment.Kind.TEXT, Segment.Kind.QUOTED, Segment.Kind.TEXT);
    }

    @Test
    void aRuleFileLineMayGoOnAfterThePath() {
        assertThat(docs.feature("features/industrial/scoring.feature").orElseThrow().ruleFiles()).containsExactly("industrial/scoring.drl");
    }

    @Test
    void aDecisionTableIsReadAsItsNotesTitlesColumnsAndRows() {
        RuleSource source = RuleSource.of("industrial/targets-2023.drl.csv", file("industrial/targets-2023.drl.csv").content());
        assertThat(source.header()).hasSize(2).first().asString().startsWith("2023年工业类开发区考核目标。");
        assertThat(source.tables()).extracting(RuleSource.Table::title)
                .containsExactly("2023年省定目标（同类开发区通用）", "2023年省定目标（个别开发区）", "2023年示例目标（非省定）");
        RuleSource.Table zones = source.tables().get(1);
        assertThat(zones.columns()).containsExactly("规则名称", "年度", "开发区", "指标", "目标值");
        assertThat(zones.rows()).hasSize(3).first().satisfies(r -> assertThat(r.cells()).containsExactly(HEJIN_15, "2023", "河津开发区", "规上工业增加值增速", "15"));
        assertThat(source.tables().get(2).notes()).singleElement().asString().startsWith("以下目标值材料中没有给出");
    }

    @Test
    void aDrlExplainsItselfInItsLeadingComments() {
        RuleSource grades = RuleSource.of("chemical/grades.drl", file("chemical/grades.drl").content());
        assertThat(grades.tables()).isEmpty();
        assertThat(grades.header().get(0)).startsWith("化工园区安全风险等级：").contains("按安全风险评估得分（满分100分）评定为");
        assertThat(grades.header()).contains("  A级 高安全风险   低于60分");
        assertThat(grades.header()).noneMatch(p -> p.contains("package"));
    }

    @Test
    void aCheckPlacesEachCoveringScenarioAndFailureInTheFeatures() {
        Map<String, String> ruleFiles = Map.of(HEJIN_15, "industrial/targets-2023.drl.csv", PASSED_RULE, "common/judging.drl");
        CheckReport report = new CheckReport("abc123abc123ffff", List.of(), 3,
                List.of(new CheckReport.Failure(TARGETS, 50, "转型项目投资占比85%：运城开发区未达标，其余开发区达标", "第55行 那么 …", "预期未达标，实际达标")),
                Map.of(PASSED_RULE, "common/judging.drl"),
                Map.of(HEJIN_15, Set.of(TARGETS + ":27 省定目标及个别开发区的例外", TARGETS + ":43 同一开发区的规上工业增加值增速15.2%：河津开发区达标，其余开发区未达标",
                        "features/common/judging.feature:12 目标值上下的判定（临界值）")),
                Duration.ofMillis(6200), Instant.parse("2025-01-02T03:04:05Z"));

        RulebookView view = RulebookView.of("abc123abc123ffff", RulesetLoader.read(Path.of("rules")), ruleFiles, docs, report);

        assertThat(view.version()).isEqualTo("abc123abc123");
        assertThat(view.check().summary()).isEqualTo(report.summary());
        assertThat(view.check().took()).isEqualTo("6.2秒");
        FileEntry targets = view.file("industrial/targets-2023.drl.csv").orElseThrow();
        assertThat(targets.folder()).isEqualTo("industrial");
        assertThat(targets.rules()).singleElement().satisfies(rule -> assertThat(rule.documenting()).satisfiesExactly(
                c -> {
                    assertThat(c.name()).isEqualTo("省定目标及个别开发区的例外");
                    assertThat(c.href()).isEqualTo("/rulebook/file?path=industrial/targets-2023.drl.csv#industrial-targets-2023-L12");
                },
                c -> assertThat(c.line()).isEqualTo(43)));
        assertThat(targets.rules().get(0).elsewhere()).singleElement()
                .extracting(RulebookView.Covering::href).isEqualTo("/rulebook/file?path=common/judging.drl#common-judging-L12");
        assertThat(targets.covered()).isEqualTo(1);
        assertThat(targets.features()).singleElement().satisfies(f -> {
            assertThat(f.paragraphs()).noneMatch(p -> p.contains("规则文件"));
            ScenarioEntry failed = f.scenarios().stream().filter(s -> s.scenario().line() == 50).findFirst().orElseThrow();
            assertThat(failed.status()).isEqualTo(Status.FAILED);
            assertThat(failed.failures()).singleElement().extracting(CheckReport.Failure::reason).isEqualTo("预期未达标，实际达标");
            assertThat(f.scenarios().get(0).status()).isEqualTo(Status.PASSED);
            assertThat(f.scenarios().get(0).rules()).containsExactly(Map.entry(HEJIN_15, "industrial/targets-2023.drl.csv"));
        });
        FileEntry judging = view.file("common/judging.drl").orElseThrow();
        assertThat(judging.rules()).singleElement().satisfies(rule -> assertThat(rule.scenarios()).isEmpty());
        assertThat(view.folders()).extracting(RulebookView.Folder::label).startsWith("通用", "工业类", "农业示范区", "化工园区");
    }

    @Test
    void aCheckOfAnotherRulesetIsNotShown() {
        CheckReport other = new CheckReport("ffff", List.of(), 1, List.of(), Map.of(), Map.of(), Duration.ZERO, Instant.now());
        RulebookView view = RulebookView.of("abc123abc123ffff", RulesetLoader.read(Path.of("rules")), Map.of(), docs, other);
        assertThat(view.check()).isNull();
        assertThat(view.file("industrial/targets-2023.drl.csv").orElseThrow().features().get(0).scenarios())
                .extracting(ScenarioEntry::status).containsOnly(Status.UNCHECKED);
    }

    static Ruleset.RuleFile file(String path) {
        return RulesetLoader.read(Path.of("rules")).stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }
}
