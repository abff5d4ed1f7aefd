package cn.kaohe.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Replays the seed reports: their raw figures (src/test/resources/seeds/) through the real rules, and
 * every figure they publish that the rules can compute, checked to the report's own precision. Where
 * a report cannot be reproduced from what it states, the test says so instead of bending a rule.
 */
@DisplayName("种子材料回放：按材料的原始数字重算材料发布的结果")
class SeedReplayTests {

    private static Ruleset rules;
    private static FiguresReader reader;
    private static Evaluator evaluator;

    @BeforeAll
    static void load() {
        rules = RulesetLoader.load(Path.of("rules"));
        ZoneRegistry zones = ZoneRegistry.load(Path.of("data/zones.csv"));
        reader = new FiguresReader(zones, IndicatorCatalog.standard());
        evaluator = new Evaluator(zones, IndicatorCatalog.standard());
    }

    private static Evaluation replay(String file) throws IOException {
        try (InputStream in = SeedReplayTests.class.getResourceAsStream("/seeds/" + file)) {
            return evaluator.evaluate(reader.read(file, in.readAllBytes()), rules);
        }
    }

    /** True when {@code value}, rounded as the report rounds, is the report's figure. */
    private static void assertAsPublished(BigDecimal value, String published) {
        BigDecimal seed = new BigDecimal(published);
        assertThat(value).as("材料发布的数字 " + published).isNotNull();
        assertThat(value.setScale(seed.scale(), RoundingMode.HALF_UP)).as("按材料的精度（" + seed.scale() + "位小数）").isEqualByComparingTo(seed);
    }

    private static BigDecimal measure(Evaluation e, String subject, String indicator) {
        return e.measures().stream().filter(m -> m.subject().equals(subject) && m.indicator().equals(indicator))
                .map(Evaluation.MeasureItem::value).findFirst().orElse(null);
    }

    private static Evaluation.IndicatorResult result(Evaluation e, String subject, String indicator) {
        return e.results().stream().filter(r -> r.subject().equals(subject) && r.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError(subject + " 没有 " + indicator + " 的考核结果"));
    }

    private static Evaluation.ComparisonItem comparison(Evaluation e, String subject, String indicator, String against) {
        return e.comparisons().stream()
                .filter(c -> c.subject().equals(subject) && c.indicator().equals(indicator) && c.against().equals(against))
                .findFirst().orElseThrow(() -> new AssertionError(subject + " 的 " + indicator + " 没有与" + against + "比较"));
    }

    private static Evaluation.CampaignItem campaign(Evaluation e, String subject, String name) {
        return e.campaigns().stream().filter(c -> c.subject().equals(subject) && c.campaign().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(subject + " 没有“" + name + "”的完成情况"));
    }

    private static String bulletin(Evaluation e, String subject) {
        return e.bulletin().stream().filter(b -> b.subject().equals(subject)).map(Evaluation.BulletinParagraph::text).findFirst().orElse("");
    }

    /** The reports write ASCII commas and semicolons; the bulletin writes full-width ones. */
    private static String asBulletin(String seedText) {
        return seedText.replace(',', '，').replace(';', '；');
    }

    @Test
    @DisplayName("运城：10个工业类开发区的占比、增速比较和达标情况（seed 002）")
    void yunchengIndustrialZones() throws IOException {
        Evaluation e = replay("yuncheng-2023-h1.csv");
        String zones = "运城市工业类开发区";

        assertAsPublished(comparison(e, zones, "工业投资", "全市").value(), "61.53");
        assertAsPublished(comparison(e, zones, "工业投资增速", "全市").value(), "-10.1");
        assertAsPublished(comparison(e, zones, "工业投资增速", "全省开发区").value(), "0.4");
        assertAsPublished(comparison(e, zones, "规上工业增加值", "全市").value(), "69.66");
        assertAsPublished(comparison(e, zones, "规上工业增加值", "全省开发区").value(), "13.3");
        assertAsPublished(comparison(e, zones, "规上工业增加值增速", "全市").value(), "9.4");
        assertAsPublished(comparison(e, zones, "规上工业增加值增速", "全省开发区").value(), "3.6");
        assertAsPublished(result(e, zones, "转型项目投资占比").actual(), "91.72");

        assertThat(result(e, zones, "工业投资增速")).satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.target()).isEqualByComparingTo("17");
        });
        assertThat(result(e, zones, "规上工业增加值增速")).satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.target()).isEqualByComparingTo("16");
        });
        assertThat(result(e, zones, "转型项目投资占比")).satisfies(r -> {
            assertThat(r.passed()).isTrue();
            assertThat(r.target()).isEqualByComparingTo("82");
        });

        // The report adds "(河津开发区16%、其余开发区17%)": the bulletin names the zones whose targets differ
        // among the zones in the period's figures, and these raw figures name no single zone.
        assertThat(bulletin(e, zones))
                .contains(asBulletin("工业投资完成109.24亿元,占全市(177.53亿元)的61.53%,同比下降17.92%。比全市(-7.8%)低10.1个百分点,"
                        + "比全省开发区(-18.3%)高0.4个百分点,未达到省定17%目标值"))
                .contains(asBulletin("规上工业增加值完成251.06亿元,占全市(360.4亿元)的69.66%、占全省开发区(1887.8亿元)的13.3%,同比增长13.97%。"
                        + "比全市(4.6%)高9.4个百分点,比全省开发区(10.4%)高3.6个百分点,未达到省定16%目标值"))
                .contains(asBulletin("转型项目当年完成投资完成100.19亿元,占工业投资的91.72%,达到省定82%目标值"));

        assertAsPublished(campaign(e, zones, "区域评估").rate(), "92.9");
    }

    @Test
    @DisplayName("运城：万荣、临猗农业示范区（seed 002）")
    void yunchengAgriculturalZones() throws IOException {
        Evaluation e = replay("yuncheng-2023-h1.csv");
        String zones = "运城市农业示范区";

        assertThat(result(e, zones, "固定资产投资增速")).satisfies(r -> {
            assertThat(r.passed()).isFalse();
            assertThat(r.target()).isEqualByComparingTo("18");
            assertThat(r.basis()).isEqualTo("省初定");
        });
        assertThat(result(e, zones, "绿色有机农产品覆盖率")).satisfies(r -> {
            assertThat(r.passed()).isTrue();
            assertThat(r.target()).isEqualByComparingTo("48");
        });
        assertThat(bulletin(e, zones))
                .contains(asBulletin("固定资产投资完成14.23亿元,同比下降8.94%,未达到省初定18%目标值"))
                .contains(asBulletin("绿色有机农产品覆盖率70.2%,达到省初定48%目标值"));

        // "均完成省定2亿元序时进度" is a statement about each zone; the report gives only the two zones' total
        // (8.55亿元), so the rules judge no zone and say nothing about it. With each zone's figure they do
        // (features/agricultural/targets-2023.feature, features/report/bulletin.feature).
        assertThat(e.results()).noneMatch(r -> r.indicator().equals("产业当年完成投资"));
    }

    @Test
    @DisplayName("晋城：4个工业类开发区、三个一批与专项整改（seed 002）")
    void jincheng() throws IOException {
        Evaluation e = replay("jincheng-2023-h1.csv");
        String zones = "晋城市工业类开发区";

        assertAsPublished(comparison(e, zones, "规上工业增加值增速", "全市").value(), "14.9");
        assertAsPublished(comparison(e, zones, "工业投资增速", "全市").value(), "-34.85");
        assertAsPublished(comparison(e, zones, "固定资产投资增速", "全市").value(), "-31.97");
        assertAsPublished(result(e, zones, "转型项目投资占比").actual(), "95.24");
        // Not reproducible: the shares of the city (33.5%, 34.68%, 17.4%) need the city's totals, which the report does not give.

        assertAsPublished(measure(e, zones, "签约项目开工率"), "91.2");
        assertAsPublished(measure(e, zones, "开工项目投产率"), "9.07");
        // Inconsistent: the report's 达效率 95.29% is not 29 ÷ 31 projects (93.55%), and cannot be computed by
        // investment, since the investment of the 29 projects that reached design output is not given. The rules
        // fall back to the project count (rules/projects/rates.drl) and say so in the rule that derived the rate.
        Evaluation.MeasureItem reached = e.measures().stream()
                .filter(m -> m.subject().equals(zones) && m.indicator().equals("投产项目达产率")).findFirst().orElseThrow();
        assertThat(reached.value()).isEqualByComparingTo("93.55").isNotEqualByComparingTo("95.29");
        assertThat(reached.source()).contains("按项目数计算");

        assertAsPublished(campaign(e, zones, "专项整治").rate(), "95.5");
        assertThat(campaign(e, zones, "专项审计").open()).isEqualByComparingTo("14");
        assertThat(campaign(e, zones, "综合审计").open()).isEqualByComparingTo("6");
        assertThat(campaign(e, zones, "办实事清单").open()).isEqualByComparingTo("11");
        assertThat(campaign(e, zones, "巡察整改").open()).isEqualByComparingTo("11");
    }

    @Test
    @DisplayName("大同：三个一批“三率”按投资额计算（seed 004）")
    void datong() throws IOException {
        Evaluation e = replay("datong-shuozhou-2023.csv");
        String zone = "大同经济技术开发区";

        assertAsPublished(measure(e, zone, "签约项目开工率"), "100");
        assertAsPublished(measure(e, zone, "开工项目投产率"), "62.43");
        assertAsPublished(measure(e, zone, "投产项目达产率"), "100");
        // By project count the 开工 rate would be 15 ÷ 21 = 71.43%: the report's 62.43% shows the weighting is by investment.
        assertThat(measure(e, zone, "开工项目投产率")).isNotEqualByComparingTo("71.43");
    }

    @Test
    @DisplayName("朔州：增速由企业数算出，转型占比，超额完成省定目标（seed 004）")
    void shuozhou() throws IOException {
        Evaluation e = replay("datong-shuozhou-2023.csv");
        String zone = "朔州经济开发区";

        assertAsPublished(result(e, zone, "四上企业数增速").actual(), "17.9");
        assertAsPublished(result(e, zone, "高新技术企业数增速").actual(), "36.4");
        assertAsPublished(result(e, zone, "转型项目投资占比").actual(), "92");
        // "规上工业增加值增速、工业投资增速等5项指标全部超额完成省定目标": the three with provincial targets exceed them.
        // The other two of the five are not named, and their targets here are examples, so they are not asserted.
        for (String indicator : new String[] {"规上工业增加值增速", "工业投资增速", "转型项目投资占比"}) {
            Evaluation.IndicatorResult r = result(e, zone, indicator);
            assertThat(r.passed()).as(indicator).isTrue();
            assertThat(r.gap().signum()).as(indicator + " 超额").isPositive();
            assertThat(r.basis()).isEqualTo("省定");
        }
    }

    @Test
    @DisplayName("襄垣：化工园区77.5分为C级，未达到年底前D级目标（seed 000）")
    void xiangyuan() throws IOException {
        Evaluation e = replay("xiangyuan-2023-h1.csv");

        assertThat(e.grades()).singleElement().satisfies(g -> {
            assertThat(g.subject()).isEqualTo("襄垣县化工园区");
            assertThat(g.score()).isEqualByComparingTo("77.5");
            assertThat(g.grade()).isEqualTo("C");
            assertThat(g.targetGrade()).isEqualTo("D");
            assertThat(g.passed()).isFalse();
        });
        assertThat(result(e, "襄垣经开区", "转型项目投资占比").actual()).isEqualByComparingTo("78.6");
        assertThat(result(e, "襄垣经开区", "规上工业增加值增速").passed()).isFalse();
        // Not reproducible: "全市开发区绝对量排名第一，增速排名第三" (seed 001, 2025) needs the other 长治 zones' figures.
    }
}
