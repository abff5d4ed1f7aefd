package cn.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The evaluate command as an official runs it: real rules, real registry, the sample figures. */
class EvaluateCommandTests {

    private static final Path SAMPLE = Path.of("data/samples/2023-h1.csv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run kaohe(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID());
        return kaoheAsGiven(all.toArray(String[]::new));
    }

    private Run kaoheAsGiven(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KaoheCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private JsonNode result(JsonNode report, String subject, String indicator) {
        for (JsonNode r : report.get("results")) {
            if (r.get("subject").asString().equals(subject) && r.get("indicator").asString().equals(indicator)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + subject + " " + indicator);
    }

    @Test
    void theSamplePeriodEvaluatesWithHejinAndYunchengTargets() throws IOException {
        Path json = dir.resolve("result.json");
        Run run = kaohe("evaluate", "--facts", SAMPLE.toString(), "--json", json.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("考核期：2023年1-6月", "一、指标考核结果", "二、总分与排名", "三、整改清单",
                "2023年河津开发区规上工业增加值增速省定目标为15%");
        JsonNode report = JSON.readTree(Files.readString(json, StandardCharsets.UTF_8));
        assertThat(report.get("period").asString()).isEqualTo("2023年1-6月");
        assertThat(report.get("ruleset").asString()).hasSize(64);

        JsonNode hejin = result(report, "河津开发区", "规上工业增加值增速");
        assertThat(hejin.get("target").decimalValue()).isEqualByComparingTo("15");
        assertThat(hejin.get("actual").decimalValue()).isEqualByComparingTo("15.39");
        assertThat(hejin.get("passed").isBoolean()).isTrue();
        assertThat(hejin.get("passed").booleanValue()).isTrue();
        assertThat(hejin.get("rule").asString()).isEqualTo("2023年河津开发区规上工业增加值增速省定目标为15%");

        JsonNode yuncheng = result(report, "运城开发区", "转型项目投资占比");
        assertThat(yuncheng.get("target").decimalValue()).isEqualByComparingTo("88");
        assertThat(yuncheng.get("passed").booleanValue()).isFalse();
        assertThat(yuncheng.get("gap").decimalValue()).isEqualByComparingTo("-2.72");
        assertThat(result(report, "新绛开发区", "规上工业增加值增速").get("target").decimalValue()).isEqualByComparingTo("16");

        assertThat(run.out()).contains("四、预警", "五、化工园区安全风险等级", "六、专项整改完成情况", "七、按指标排名", "八、通报",
                "1-6月，运城市农业示范区产业当年完成投资8.55亿元，均完成省定2亿元序时进度");
        assertThat(report.get("grades").get(0).get("grade").asString()).isEqualTo("C");
        assertThat(report.get("warnings").size()).isPositive();
        assertThat(report.get("comparisons").size()).isPositive();
        assertThat(report.get("rankings").size()).isPositive();
        assertThat(report.get("campaigns").size()).isPositive();
        assertThat(report.get("bulletin")).anySatisfy(b -> assertThat(b.get("text").asString())
                .contains("比全市(4.6%)高9.4个百分点，比全省开发区(10.4%)高3.6个百分点，未达到省定16%目标值(河津开发区15%、其余开发区16%)"));
        JsonNode agricultural = result(report, "万荣农业示范区", "产业当年完成投资");
        assertThat(agricultural.get("target").decimalValue()).isEqualByComparingTo("1");
        assertThat(agricultural.get("annualTarget").decimalValue()).isEqualByComparingTo("2");
        assertThat(report.get("measures")).anySatisfy(m -> {
            assertThat(m.get("subject").asString()).isEqualTo("运城市工业类开发区");
            assertThat(m.get("indicator").asString()).isEqualTo("规上工业增加值增速");
            assertThat(m.get("value").decimalValue()).isEqualByComparingTo("13.97");
        });

        assertThat(report.get("rectifications")).anySatisfy(r -> {
            assertThat(r.get("subject").asString()).isEqualTo("运城开发区");
            assertThat(r.get("indicator").asString()).isEqualTo("转型项目投资占比");
            assertThat(r.get("text").asString()).isEqualTo("转型项目投资占比85.28%，未达到省定88%目标值，差2.7个百分点");
        });
    }

    @Test
    void aGbkFileGivesTheSameResultsAsItsUtf8Twin() throws IOException {
        Path gbk = dir.resolve("2023-h1-gbk.csv");
        Files.write(gbk, Files.readString(SAMPLE, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));

        Run utf8Run = kaohe("evaluate", "--facts", SAMPLE.toString(), "--json", "-");
        Run gbkRun = kaohe("evaluate", "--facts", gbk.toString(), "--json", "-");

        assertThat(gbkRun.exit()).as(gbkRun.err()).isZero();
        JsonNode a = JSON.readTree(utf8Run.out());
        JsonNode b = JSON.readTree(gbkRun.out());
        assertThat(b.get("results")).isEqualTo(a.get("results"));
        assertThat(b.get("rectifications")).isEqualTo(a.get("rectifications"));
        assertThat(b.get("results").size()).isGreaterThan(60);
    }

    @Test
    void jsonToStandardOutputIsJsonAloneWithCanonicalNamesForAliases() throws IOException {
        Path facts = dir.resolve("aliases.csv");
        Files.writeString(facts, """
                考核期,对象,指标,数值
                2023年上半年,河津经济技术开发区,规模以上工业增加值增速,15.2%
                """, StandardCharsets.UTF_8);
        Run run = kaohe("evaluate", "--facts", facts.toString(), "--json", "-");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        JsonNode only = report.get("results").get(0);
        assertThat(only.get("subject").asString()).isEqualTo("河津开发区");
        assertThat(only.get("indicator").asString()).isEqualTo("规上工业增加值增速");
        assertThat(only.get("passed").booleanValue()).isTrue();
        assertThat(report.get("rectifications").size()).isZero();
    }

    @Test
    void aBadRowIsRefusedWithItsRowNumberAndNoResults() throws IOException {
        Path facts = dir.resolve("bad.csv");
        Path json = dir.resolve("never.json");
        Files.writeString(facts, """
                考核期,对象,指标,数值,上年同期
                2023年1-6月,河津开发区,规上工业增加值增速,15.2%,
                2023年1-6月,河津开发,工业投资增速,12%,
                2023年1-6月,运城开发区,工业投资增速,十二,
                """, StandardCharsets.UTF_8);
        Run run = kaohe("evaluate", "--facts", facts.toString(), "--json", json.toString());

        assertThat(run.exit()).isEqualTo(KaoheCommand.BAD_INPUT);
        assertThat(run.err()).contains("第3行", "河津开发", "是否应为“河津开发区”", "第4行", "十二", "不是数字", "未导入任何数据");
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).doesNotContain("考核结果");
        assertThat(json).doesNotExist();
    }

    @Test
    void aRefusedFileNeitherCreatesNorTouchesTheDatabase() throws IOException {
        Path facts = dir.resolve("bad.csv");
        Files.writeString(facts, """
                考核期,对象,指标,数值,上年同期
                2023年1-6月,河津开发,工业投资增速,12%,
                2023年1-6月,运城开发区,工业投资增速,十二,
                """, StandardCharsets.UTF_8);
        String fresh = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("fresh/kaohe");

        Run refused = kaoheAsGiven("evaluate", "--facts", facts.toString(), fresh);

        assertThat(refused.exit()).isEqualTo(KaoheCommand.BAD_INPUT);
        assertThat(refused.err()).contains("有2处错误", "第2行“对象”列（河津开发）", "第3行“数值”列（十二）");
        assertThat(dir.resolve("fresh")).doesNotExist();

        String existing = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("existing/kaohe");
        assertThat(kaoheAsGiven("evaluate", "--facts", SAMPLE.toString(), existing).exit()).isZero();
        Map<String, byte[]> before = contents(dir.resolve("existing"));

        assertThat(kaoheAsGiven("evaluate", "--facts", facts.toString(), existing).exit()).isEqualTo(KaoheCommand.BAD_INPUT);
        assertThat(contents(dir.resolve("existing"))).containsOnlyKeys(before.keySet())
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(before.get(name)));
    }

    private static Map<String, byte[]> contents(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }

    @Test
    void aJsonFileInAMissingDirectoryOrAMissingRulesDirectoryIsRefusedBeforeAnythingIsStored() {
        String database = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/kaohe");

        Run json = kaoheAsGiven("evaluate", "--facts", SAMPLE.toString(), "--json", dir.resolve("nowhere/result.json").toString(), database);
        assertThat(json.exit()).isEqualTo(2);
        assertThat(json.err()).contains("参数错误", "目录不存在", "nowhere");

        Run rules = kaoheAsGiven("evaluate", "--facts", SAMPLE.toString(), "--rules", dir.resolve("no-rules").toString(), database);
        assertThat(rules.exit()).isEqualTo(KaoheCommand.BAD_RULES);
        assertThat(rules.err()).contains("规则目录不存在", "no-rules");

        assertThat(dir.resolve("db")).doesNotExist();
    }

    @Test
    void brokenRulesStopTheRunNamingFileAndLine() throws IOException {
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Path ranking = rules.resolve("industrial/ranking.drl");
        Files.writeString(ranking, Files.readString(ranking, StandardCharsets.UTF_8).replace("then", "than"), StandardCharsets.UTF_8);
        Path json = dir.resolve("never.json");

        Run run = kaohe("evaluate", "--facts", SAMPLE.toString(), "--rules", rules.toString(), "--json", json.toString());

        assertThat(run.exit()).isEqualTo(KaoheCommand.BAD_RULES);
        assertThat(run.err()).contains("规则编译失败", "industrial/ranking.drl 第");
        assertThat(run.err()).doesNotContain("\tat ", "BeanCreationException");
        assertThat(json).doesNotExist();
    }

    @Test
    void aMissingFileOrUnknownOptionIsExplainedInChinese() {
        Run missing = kaohe("evaluate", "--facts", dir.resolve("nowhere.csv").toString());
        assertThat(missing.exit()).isEqualTo(KaoheCommand.BAD_INPUT);
        assertThat(missing.err()).contains("数据文件不存在");

        Run unknown = kaohe("evaluate", "--facts", SAMPLE.toString(), "--colour");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("参数错误", "--colour");
    }
}
