package cn.kaohe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.zone.ZoneRegistry;

/** Targets written as sentences (rules/common/targets.dsl): what they set, and how a mistake in one is reported. */
class DslTargetsTests {

    private static final ZoneRegistry ZONES = ZoneRegistry.load(Path.of("data/zones.csv"));
    private static final IndicatorCatalog INDICATORS = IndicatorCatalog.standard();

    @TempDir
    Path dir;

    @Test
    void sentencesSetTargetsForAZoneForAZoneTypeAndForTheYear() throws IOException {
        copyShippedRules();
        write("industrial/targets-2024.dslr", """
                package industrial;

                // 个别开发区的目标优先于同类开发区的目标
                2024年河津开发区的规上工业增加值增速省定目标为15%
                2024年工业类开发区的规上工业增加值增速省定目标为16%
                2024年各工业类开发区的工业投资增速示例目标为12.5%
                2024年农业示范区的产业当年完成投资省定年度目标为3亿元
                  2024年临猗农业示范区的产业当年完成投资省初定年度目标为4亿元\s
                """);
        Evaluation evaluation;
        try (Ruleset rules = RulesetLoader.load(dir)) {
            assertThat(rules.ruleFiles()).containsEntry("2024年河津开发区规上工业增加值增速省定目标为15%", "industrial/targets-2024.dslr")
                    .containsEntry("2024年临猗农业示范区产业当年完成投资省初定年度目标为4亿元", "industrial/targets-2024.dslr");
            evaluation = evaluate(rules, """
                    河津开发区,规上工业增加值增速,14%
                    新绛开发区,规上工业增加值增速,17%
                    运城市工业类开发区,规上工业增加值增速,15.5%
                    河津开发区,工业投资增速,13%
                    运城市工业类开发区,工业投资增速,11%
                    万荣农业示范区,产业当年完成投资,1.6
                    临猗农业示范区,产业当年完成投资,1.9
                    """);
        }

        var hejin = result(evaluation, "河津开发区", "规上工业增加值增速").orElseThrow();
        assertThat(hejin.target()).isEqualByComparingTo("15");
        assertThat(hejin.basis()).isEqualTo("省定");
        assertThat(hejin.rule()).isEqualTo("2024年河津开发区规上工业增加值增速省定目标为15%");
        assertThat(hejin.passed()).isFalse();
        var xinjiang = result(evaluation, "新绛开发区", "规上工业增加值增速").orElseThrow();
        assertThat(xinjiang.target()).isEqualByComparingTo("16");
        assertThat(xinjiang.rule()).isEqualTo("2024年工业类开发区规上工业增加值增速省定目标为16%");
        assertThat(result(evaluation, "运城市工业类开发区", "规上工业增加值增速").orElseThrow().target())
                .as("a zone type's target applies to the city total of its zones too").isEqualByComparingTo("16");

        var investment = result(evaluation, "河津开发区", "工业投资增速").orElseThrow();
        assertThat(investment.target()).isEqualByComparingTo("12.5");
        assertThat(investment.basis()).isEqualTo("示例");
        assertThat(result(evaluation, "运城市工业类开发区", "工业投资增速")).as("各: the zones, not their city total").isEmpty();

        var wanrong = result(evaluation, "万荣农业示范区", "产业当年完成投资").orElseThrow();
        assertThat(wanrong.annualTarget()).isEqualByComparingTo("3");
        assertThat(wanrong.target()).as("序时进度 for 1-6月").isEqualByComparingTo("1.5");
        assertThat(wanrong.passed()).isTrue();
        var linyi = result(evaluation, "临猗农业示范区", "产业当年完成投资").orElseThrow();
        assertThat(linyi.annualTarget()).as("the zone's own target outranks its type's").isEqualByComparingTo("4");
        assertThat(linyi.basis()).isEqualTo("省初定");
        assertThat(linyi.passed()).isFalse();
        assertThat(result(evaluation, "运城市农业示范区", "产业当年完成投资"))
                .as("an annual amount set for a zone type is each zone's, not the city total's").isEmpty();
    }

    @Test
    void aUnitThatIsNotTheIndicatorsStopsTheAssessmentRatherThanMisreadTheValue() throws IOException {
        copyShippedRules();
        write("agricultural/targets-2024.dslr", "package agricultural;\n2024年农业示范区的产业当年完成投资省定年度目标为20000万元\n");
        try (Ruleset rules = RulesetLoader.load(dir)) {
            assertThatThrownBy(() -> evaluate(rules, "万荣农业示范区,产业当年完成投资,1.6\n"))
                    .isInstanceOf(RulesetException.class)
                    .hasMessageContaining("规则“2024年农业示范区产业当年完成投资省定年度目标为20000万元”")
                    .hasMessageContaining("单位写作“万元”，但指标“产业当年完成投资”的单位是“亿元”");
        }
    }

    @Test
    void fullWidthPunctuationInTheDslFileIsRefusedNamingFileAndLine() throws IOException {
        copyShippedRules();
        Path dsl = dir.resolve("common/targets.dsl");
        Files.writeString(dsl, "# 目标句式，说明\n" + Files.readString(dsl, StandardCharsets.UTF_8), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("common/targets.dsl 第1行：DSL文件中不能使用全角标点“，”，请改为半角“,”")
                .hasMessageContaining("agricultural/targets-2023.dslr因DSL文件有错误未编译")
                .hasMessageNotContaining("DSL lexer error");
    }

    @Test
    void bracketsInASentenceAndLinesWithoutAScopeAreRefused() throws IOException {
        copyShippedRules();
        Path dsl = dir.resolve("common/targets.dsl");
        List<String> lines = Files.readAllLines(dsl, StandardCharsets.UTF_8);
        int next = lines.size() + 1;
        Files.writeString(dsl, String.join("\n", lines) + "\n[keyword]{年度}年[示例]目标=x\n目标为{值}=y\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("common/targets.dsl 第" + next + "行：句式中不能使用方括号")
                .hasMessageContaining("common/targets.dsl 第" + (next + 1) + "行：每一行须以[keyword]、[when]或[then]开头");
    }

    @Test
    void aSentenceNoFormMatchesIsReportedWithItsFileAndLine() throws IOException {
        copyShippedRules();
        Path dslr = dir.resolve("agricultural/targets-2023.dslr");
        List<String> lines = Files.readAllLines(dslr, StandardCharsets.UTF_8);
        int missingDe = lines.indexOf("2023年农业示范区的固定资产投资增速省初定目标为18%") + 1;
        int wrongBasis = lines.indexOf("2023年农业示范区的绿色有机农产品覆盖率省初定目标为48%") + 1;
        assertThat(missingDe).isPositive();
        lines.set(missingDe - 1, "2023年农业示范区固定资产投资增速省初定目标为18%");
        lines.set(wrongBasis - 1, "2023年农业示范区的绿色有机农产品覆盖率省订目标为48%");
        Files.write(dslr, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("agricultural/targets-2023.dslr 第" + missingDe + "行：句子“2023年农业示范区固定资产投资增速省初定目标为18%”不符合任何句式")
                .hasMessageContaining("可用的句式：{年度}年{对象}的{指标}{省定/省初定/示例}年度目标为{值}{单位}")
                .hasMessageContaining("agricultural/targets-2023.dslr 第" + wrongBasis + "行：句子“2023年农业示范区的绿色有机农产品覆盖率省订目标为48%”")
                .hasMessageNotContaining("ERR 1");
    }

    @Test
    void aSentenceWithoutADslFileSaysSo() throws IOException {
        write("agricultural/targets-2024.dslr", "package agricultural;\n\n2024年农业示范区的产业当年完成投资省定年度目标为2亿元\n");

        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("agricultural/targets-2024.dslr 第3行：句子“2024年农业示范区的产业当年完成投资省定年度目标为2亿元”不符合任何句式：规则目录中没有DSL文件");
    }

    private Evaluation evaluate(Ruleset rules, String rows) {
        StringBuilder csv = new StringBuilder("考核期,对象,指标,数值,上年同期,备注\n");
        rows.lines().forEach(r -> csv.append("2024年1-6月,").append(r).append(",,\n"));
        return new Evaluator(ZONES, INDICATORS).evaluate(
                new FiguresReader(ZONES, INDICATORS).read("数据.csv", csv.toString().getBytes(StandardCharsets.UTF_8)), rules);
    }

    private static Optional<Evaluation.IndicatorResult> result(Evaluation evaluation, String subject, String indicator) {
        return evaluation.results().stream().filter(r -> r.subject().equals(subject) && r.indicator().equals(indicator)).findFirst();
    }

    private void write(String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    private void copyShippedRules() throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }
}
