package cn.kaohe.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.period.Period;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.rules.facts.Result;
import cn.kaohe.zone.ZoneRegistry;

/** The hand-written floor computes what the shipped rules compute, on generated provinces and on the sample periods. */
class BaselineEquivalenceTests {

    static Ruleset shipped;

    @BeforeAll
    static void build() {
        shipped = RulesetLoader.load(Path.of("rules"));
    }

    @AfterAll
    static void close() {
        shipped.close();
    }

    @Test
    void aGeneratedProvinceIsEvaluatedAlikeByTheRulesAndTheFloor(@TempDir Path dir) throws IOException {
        Equivalence.Report report = compareGenerated(dir, 260, 1);

        assertThat(report.agrees()).as(describe(report)).isTrue();
        assertThat(report.rows()).allSatisfy((category, rows) -> assertThat(rows).as(category).isPositive());
        assertThat(report.rows().get("判定")).isGreaterThan(1500);
    }

    @Test
    void anotherSeedAndSizeAgreeToo(@TempDir Path dir) throws IOException {
        Equivalence.Report report = compareGenerated(dir, 117, 20231);

        assertThat(report.agrees()).as(describe(report)).isTrue();
    }

    @Test
    void theSamplePeriodsAgree() throws IOException {
        ZoneRegistry zones = ZoneRegistry.load(Path.of("data/zones.csv"));
        for (String sample : List.of("2023-h1.csv", "2023-annual.csv")) {
            PeriodFigures figures = new FiguresReader(zones, IndicatorCatalog.standard())
                    .read(sample, Files.readAllBytes(Path.of("data/samples", sample)));

            Equivalence.Report report = compare(zones, figures, shipped);

            assertThat(report.agrees()).as(sample + "：" + describe(report)).isTrue();
            assertThat(report.rows().get("判定")).as(sample).isPositive();
        }
    }

    @Test
    void theFallbacksAndExceptionsTheGeneratedPeriodsDoNotReachAgreeToo() {
        String csv = """
                考核期,对象,指标,数值,上年同期,备注
                2023年1-6月,河津开发区,规上工业增加值,10,8,
                2023年1-6月,河津开发区,规上工业增加值增速,12%,,直接填报的增速
                2023年1-6月,河津开发区,工业投资,5,4,
                2023年1-6月,河津开发区,签约项目数,10,,只有项目数
                2023年1-6月,河津开发区,签约项目已开工数,8,,
                2023年1-6月,河津开发区,开工项目总投资,5,,只有投资额
                2023年1-6月,河津开发区,开工项目已投产完成投资,2,,
                2023年1-6月,运城开发区,规上工业增加值,20,19,
                2023年1-6月,运城开发区,转型项目当年完成投资,3,,没有工业投资
                2023年1-6月,运城开发区,签约项目开工率,95%,,直接填报的比率
                2023年1-6月,运城开发区,签约项目数,3,,
                2023年1-6月,运城开发区,签约项目已开工数,1,,
                2023年1-6月,襄垣县化工园区,一票否决项数,1,,
                2023年1-6月,襄垣县化工园区,安全风险扣分,5,,消防：特勤车辆不足
                2023年1-6月,襄垣县化工园区,安全风险扣分,10,,封闭化管理：出入口未设车辆识别
                2023年1-6月,万荣农业示范区,产业当年完成投资,0.9,1.0,
                2023年1-6月,临猗农业示范区,固定资产投资,3,2.5,
                """;
        ZoneRegistry zones = ZoneRegistry.load(Path.of("data/zones.csv"));
        PeriodFigures figures = new FiguresReader(zones, IndicatorCatalog.standard()).read("edges.csv", csv.getBytes(StandardCharsets.UTF_8));
        BaselineEvaluator.Outcome floor = new BaselineEvaluator(zones, shipped.files()).evaluate(figures);

        Equivalence.Report report = compare(zones, figures, shipped);

        assertThat(report.agrees()).as(describe(report)).isTrue();
        assertThat(floor.measures()).as("the rate falls back to the counts, a reported rate and growth stand, an incomplete sum is not made")
                .anySatisfy(m -> assertThat(m.toString()).isEqualTo("河津开发区 签约项目开工率=80.00"))
                .anySatisfy(m -> assertThat(m.toString()).isEqualTo("河津开发区 开工项目投产率=40.00"))
                .anySatisfy(m -> assertThat(m.toString()).isEqualTo("运城开发区 签约项目开工率=95"))
                .anySatisfy(m -> assertThat(m.toString()).isEqualTo("河津开发区 规上工业增加值增速=12"))
                .anySatisfy(m -> assertThat(m.toString()).isEqualTo("运城市工业类开发区 规上工业增加值=30 (上年同期 27)"))
                .noneSatisfy(m -> assertThat(m.toString()).startsWith("运城市工业类开发区 工业投资"))
                .anySatisfy(m -> assertThat(m.toString()).isEqualTo("襄垣县化工园区 安全风险评估得分=85"));
        assertThat(floor.grades()).singleElement().satisfies(g -> assertThat(g.getGrade()).isEqualTo("A"));
        assertThat(floor.judgements()).singleElement().satisfies(j -> assertThat(j.isPassed()).isFalse());
        assertThat(floor.results()).filteredOn(r -> r.getSubject().equals("万荣农业示范区")).extracting(r -> r.getIndicator() + r.getTarget())
                .contains("产业当年完成投资1.00");
    }

    @Test
    void aDifferenceIsReportedWithSubjectIndicatorFieldAndBothValues() throws IOException {
        ZoneRegistry zones = ZoneRegistry.load(Path.of("data/zones.csv"));
        PeriodFigures figures = new FiguresReader(zones, IndicatorCatalog.standard())
                .read("2023-h1.csv", Files.readAllBytes(Path.of("data/samples/2023-h1.csv")));
        Evaluation engine = new Evaluator(zones, IndicatorCatalog.standard()).evaluate(figures, shipped);
        BaselineEvaluator.Outcome floor = new BaselineEvaluator(zones, shipped.files()).evaluate(figures);
        List<Result> results = new ArrayList<>(floor.results());
        Result hejin = results.stream().filter(r -> r.getSubject().equals("河津开发区") && r.getIndicator().equals("规上工业增加值增速"))
                .findFirst().orElseThrow();
        results.remove(hejin);

        Equivalence.Report report = Equivalence.compare(engine, new BaselineEvaluator.Outcome(floor.measures(), results, floor.scores(),
                floor.standings(), floor.grades(), floor.judgements(), floor.campaigns()));

        assertThat(report.agrees()).isFalse();
        assertThat(report.first()).first().hasToString("判定：河津开发区 规上工业增加值增速 的 有无：规则引擎 有，手写底线 无");
    }

    @Test
    void editedTablesChangeTheFloorAsTheyChangeTheRules(@TempDir Path dir) {
        List<Ruleset.RuleFile> edited = shipped.files().stream().map(f -> switch (f.path()) {
            case "projects/weighting.drl.csv" -> new Ruleset.RuleFile(f.path(), f.content()
                    .replace("三个一批项目三率按投资额加权计算,投资额", "三个一批项目三率按项目数计算,项目数"));
            case "industrial/scoring-weights.drl.csv" -> new Ruleset.RuleFile(f.path(), f.content()
                    .replace("工业类开发区党建计10分（示例分值）,工业类,党建,10", "工业类开发区党建计12分（示例分值）,工业类,党建,12"));
            case "projects/goals.drl.csv" -> new Ruleset.RuleFile(f.path(), f.content().replace("Target.example(", "Target.provincial("));
            default -> f;
        }).toList();
        assertThat(edited).isNotEqualTo(shipped.files());
        try (Ruleset rules = RulesetLoader.build("改过表格的规则", edited)) {
            Equivalence.Report report = compareGenerated(dir, 60, 3, rules);

            assertThat(report.agrees()).as(describe(report)).isTrue();
        }
    }

    @Test
    void aTableLaidOutInAWayTheFloorDoesNotModelIsRefusedNamingTheFile() {
        List<Ruleset.RuleFile> twoWeightings = shipped.files().stream().map(f -> !f.path().equals("projects/weighting.drl.csv") ? f
                : new Ruleset.RuleFile(f.path(), f.content().replace("三个一批项目三率按投资额加权计算,投资额",
                        "三个一批项目三率按投资额加权计算,投资额\n三个一批项目三率按项目数计算,项目数"))).toList();

        assertThatThrownBy(() -> new BaselineEvaluator(ZoneRegistry.load(Path.of("data/zones.csv")), twoWeightings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("projects/weighting.drl.csv 有2行口径");
    }

    private static Equivalence.Report compareGenerated(Path dir, int zones, long seed) {
        return compareGenerated(dir, zones, seed, shipped);
    }

    private static Equivalence.Report compareGenerated(Path dir, int zones, long seed, Ruleset rules) {
        PeriodGenerator.Generated g = new PeriodGenerator(zones, seed, Period.parse("2023年1-6月")).write(dir);
        ZoneRegistry registry = ZoneRegistry.load(g.zones());
        try {
            PeriodFigures figures = new FiguresReader(registry, IndicatorCatalog.standard()).read("figures.csv", Files.readAllBytes(g.figures()));
            return compare(registry, figures, rules);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Equivalence.Report compare(ZoneRegistry zones, PeriodFigures figures, Ruleset rules) {
        Evaluation engine = new Evaluator(zones, IndicatorCatalog.standard()).evaluate(figures, rules);
        return Equivalence.compare(engine, new BaselineEvaluator(zones, rules.files()).evaluate(figures));
    }

    private static String describe(Equivalence.Report report) {
        return report.summary() + System.lineSeparator()
                + String.join(System.lineSeparator(), report.first().stream().map(Object::toString).toList());
    }
}
