package cn.kaohe.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluation.RectificationItem;
import cn.kaohe.impact.PeriodImpact.Change;
import cn.kaohe.impact.PeriodImpact.Flip;
import cn.kaohe.period.Period;

@DisplayName("规则调整的影响：同一考核期的结果，按现行规则与候选规则比较")
class ImpactAnalysisTests {

    private static final String GROWTH = "规上工业增加值增速";
    private static final String INVESTMENT = "工业投资增速";
    private static final String HEJIN_15 = "河津开发区规上工业增加值增速目标为15%";
    private static final String PROVINCE_16 = "2023年工业类开发区规上工业增加值增速省定目标为16%";
    private static final String SHORT_OF_16 = "规上工业增加值增速15.2%，未达到省定16%目标值，差0.8个百分点";

    @Test
    @DisplayName("河津开发区目标由15%调为16%：15.2%由达标变为未达标，整改清单新增一项")
    void raisedTargetFlipsAZoneToFailing() {
        Evaluation before = Results.of("published").result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15).evaluation();
        Evaluation after = Results.of("candidate").result("河津开发区", "运城市", GROWTH, "15.2", "16", PROVINCE_16)
                .rectification("河津开发区", GROWTH, SHORT_OF_16).evaluation();

        PeriodImpact impact = ImpactAnalysis.compare(before, after);

        assertThat(impact.period()).isEqualTo("2023年1-6月");
        assertThat(impact.beforeRuleset()).isEqualTo("published");
        assertThat(impact.afterRuleset()).isEqualTo("candidate");
        assertThat(impact.flips()).singleElement().satisfies(flip -> {
            assertThat(flip.subject()).isEqualTo("河津开发区");
            assertThat(flip.city()).isEqualTo("运城市");
            assertThat(flip.indicator()).isEqualTo(GROWTH);
            assertThat(flip.actual()).isEqualByComparingTo("15.2");
            assertThat(flip.beforeTarget()).isEqualByComparingTo("15");
            assertThat(flip.afterTarget()).isEqualByComparingTo("16");
            assertThat(flip.beforeVerdict()).isEqualTo("达标");
            assertThat(flip.afterVerdict()).isEqualTo("未达标");
            assertThat(flip.change()).isEqualTo(Change.NOW_FAILING);
            assertThat(flip.beforeRule()).isEqualTo(HEJIN_15);
            assertThat(flip.afterRule()).isEqualTo(PROVINCE_16);
        });
        assertThat(impact.targetChanges()).as("a target change that flips is listed once, as a flip").isEmpty();
        assertThat(impact.rectificationsAdded()).extracting(RectificationItem::text).containsExactly(SHORT_OF_16);
        assertThat(impact.rectificationsRemoved()).isEmpty();
        assertThat(impact.unchanged()).isFalse();
        assertThat(impact.summary()).isEqualTo("1个对象的指标达标情况改变（1项由达标变为未达标），整改事项新增1项");
    }

    @Test
    @DisplayName("数值写法不同（15与15.00、8.0与8）不算变化：结果没有变化")
    void sameValuesWrittenDifferentlyAreNoChange() {
        Evaluation before = Results.of("published").result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15, "8.0")
                .standing("河津开发区", "运城市", "8.0", 1, 10).evaluation();
        Evaluation after = Results.of("candidate").result("河津开发区", "运城市", GROWTH, "15.20", "15.00", HEJIN_15, "8")
                .standing("河津开发区", "运城市", "8.00", 1, 10).evaluation();

        PeriodImpact impact = ImpactAnalysis.compare(before, after);

        assertThat(impact.unchanged()).isTrue();
        assertThat(impact.summary()).isEqualTo("结果没有变化");
        assertThat(impact.flips()).isEmpty();
        assertThat(impact.targetChanges()).isEmpty();
        assertThat(impact.scoreChanges()).isEmpty();
        assertThat(impact.standingChanges()).isEmpty();
    }

    @Test
    @DisplayName("目标值调整但仍达标：列为目标值变化，不算达标情况改变")
    void targetChangeWithoutFlipIsListedApart() {
        Evaluation before = Results.of("published").result("稷山开发区", "运城市", INVESTMENT, "18.3", "16", "工业投资增速目标为16%")
                .evaluation();
        Evaluation after = Results.of("candidate").result("稷山开发区", "运城市", INVESTMENT, "18.3", "17", "工业投资增速目标为17%")
                .evaluation();

        PeriodImpact impact = ImpactAnalysis.compare(before, after);

        assertThat(impact.flips()).isEmpty();
        assertThat(impact.targetChanges()).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("稷山开发区");
            assertThat(change.beforeTarget()).isEqualByComparingTo("16");
            assertThat(change.afterTarget()).isEqualByComparingTo("17");
            assertThat(change.verdict()).isEqualTo("达标");
            assertThat(change.afterRule()).isEqualTo("工业投资增速目标为17%");
        });
        assertThat(impact.summary()).isEqualTo("1项指标目标值调整但达标情况不变");
    }

    @Test
    @DisplayName("只在一边考核的指标：现行规则考核而候选规则不考核为“不再考核”，反之为“新增考核”")
    void indicatorsJudgedOnOneSideOnly() {
        Evaluation before = Results.of("published").result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15).evaluation();
        Evaluation after = Results.of("candidate").result("河津开发区", "运城市", INVESTMENT, "12.5", "17", "工业投资增速目标为17%")
                .evaluation();

        PeriodImpact impact = ImpactAnalysis.compare(before, after);

        assertThat(impact.flips()).extracting(Flip::indicator, Flip::change, Flip::beforeVerdict, Flip::afterVerdict)
                .containsExactly(tuple(GROWTH, Change.NO_LONGER_JUDGED, "达标", null),
                        tuple(INVESTMENT, Change.NEWLY_JUDGED, null, "未达标"));
        Flip dropped = impact.flips().get(0);
        assertThat(dropped.afterTarget()).isNull();
        assertThat(dropped.afterRule()).isNull();
        assertThat(dropped.actual()).isEqualByComparingTo("15.2");
        assertThat(impact.summary()).isEqualTo("1个对象的指标达标情况改变（1项不再考核，1项新增考核）");
    }

    @Test
    @DisplayName("襄垣县化工园区由B级变为C级，达到C级目标：等级变化列出，B级的管控整改事项减少")
    void chemicalParkGradeChange() {
        String bText = "安全风险等级为B级（较高安全风险，评估得分68分），须整改提升，原则上限制新建、改建、扩建危险化学品建设项目";
        Evaluation before = Results.of("published").grade("襄垣县化工园区", "68", "B", "较高安全风险", "C", false, "评估得分60分及以上、低于70分为B级")
                .rectification("襄垣县化工园区", "安全风险等级", bText).evaluation();
        Evaluation after = Results.of("candidate").grade("襄垣县化工园区", "68", "C", "一般安全风险", "C", true, "评估得分65分及以上、低于85分为C级")
                .evaluation();

        PeriodImpact impact = ImpactAnalysis.compare(before, after);

        assertThat(impact.gradeChanges()).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("襄垣县化工园区");
            assertThat(change.beforeGrade()).isEqualTo("B");
            assertThat(change.afterGrade()).isEqualTo("C");
            assertThat(change.beforePassed()).isFalse();
            assertThat(change.afterPassed()).isTrue();
            assertThat(change.afterRule()).isEqualTo("评估得分65分及以上、低于85分为C级");
        });
        assertThat(impact.rectificationsRemoved()).extracting(RectificationItem::text).containsExactly(bText);
        assertThat(impact.summary()).isEqualTo("1个化工园区的安全风险等级或达标情况改变，整改事项减少1项");
    }

    @Test
    @DisplayName("得分改变带动总分、市内名次和指标排名改变，各自列出")
    void scoresStandingsAndRanks() {
        Evaluation before = Results.of("published")
                .result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15, "10").standing("河津开发区", "运城市", "85", 1, 2)
                .result("稷山开发区", "运城市", GROWTH, "14", "16", PROVINCE_16, "8.75").standing("稷山开发区", "运城市", "84", 2, 2)
                .rank("河津开发区", "运城市", GROWTH, "市内", "15.2", 1, 2).evaluation();
        Evaluation after = Results.of("candidate")
                .result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15, "9").standing("河津开发区", "运城市", "84", 2, 2)
                .result("稷山开发区", "运城市", GROWTH, "14", "16", PROVINCE_16, "8.75").standing("稷山开发区", "运城市", "84", 1, 2)
                .rank("河津开发区", "运城市", GROWTH, "市内", "15.2", 2, 2).evaluation();

        PeriodImpact impact = ImpactAnalysis.compare(before, after);

        assertThat(impact.flips()).isEmpty();
        assertThat(impact.scoreChanges()).singleElement().satisfies(change -> {
            assertThat(change.subject()).isEqualTo("河津开发区");
            assertThat(change.beforeScore()).isEqualByComparingTo("10");
            assertThat(change.afterScore()).isEqualByComparingTo("9");
        });
        assertThat(impact.standingChanges()).extracting(s -> s.subject(), s -> s.beforeRank(), s -> s.afterRank())
                .containsExactly(tuple("河津开发区", 1, 2), tuple("稷山开发区", 2, 1));
        assertThat(impact.standingChanges().get(0).afterTotal()).isEqualByComparingTo("84");
        assertThat(impact.rankChanges()).singleElement().satisfies(rank -> {
            assertThat(rank.scope()).isEqualTo("市内");
            assertThat(rank.beforeRank()).isEqualTo(1);
            assertThat(rank.afterRank()).isEqualTo(2);
        });
        assertThat(impact.summary()).isEqualTo("1项指标得分改变，2个对象的总分或排名改变，1项指标排名改变");
    }

    @Test
    @DisplayName("整改事项措辞改变：列为减少一项、新增一项")
    void rectificationWithNewWordingIsOneRemovedOneAdded() {
        Evaluation before = Results.of("published").result("河津开发区", "运城市", GROWTH, "15.2", "16", PROVINCE_16)
                .rectification("河津开发区", GROWTH, SHORT_OF_16).evaluation();
        String reworded = "规上工业增加值增速15.2%，低于省定16%目标值0.8个百分点";
        Evaluation after = Results.of("candidate").result("河津开发区", "运城市", GROWTH, "15.2", "16", PROVINCE_16)
                .rectification("河津开发区", GROWTH, reworded).evaluation();

        PeriodImpact impact = ImpactAnalysis.compare(before, after);

        assertThat(impact.rectificationsRemoved()).extracting(RectificationItem::text).containsExactly(SHORT_OF_16);
        assertThat(impact.rectificationsAdded()).extracting(RectificationItem::text).containsExactly(reworded);
        assertThat(impact.summary()).isEqualTo("整改事项新增1项、减少1项");
    }

    @Test
    @DisplayName("三个开发区达标情况改变：两项由未达标变为达标、一项由达标变为未达标，按现行结果中的顺序列出")
    void summaryCountsSubjectsAndDirections() {
        Evaluation before = Results.of("published")
                .result("运城开发区", "运城市", GROWTH, "15.5", "16", PROVINCE_16).rectification("运城开发区", GROWTH, "运城：差0.5")
                .result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15)
                .result("稷山开发区", "运城市", GROWTH, "15.8", "16", PROVINCE_16).rectification("稷山开发区", GROWTH, "稷山：差0.2")
                .evaluation();
        Evaluation after = Results.of("candidate")
                .result("运城开发区", "运城市", GROWTH, "15.5", "15.5", "运城开发区规上工业增加值增速目标为15.5%")
                .result("河津开发区", "运城市", GROWTH, "15.2", "16", PROVINCE_16).rectification("河津开发区", GROWTH, SHORT_OF_16)
                .result("稷山开发区", "运城市", GROWTH, "15.8", "15.5", "稷山开发区规上工业增加值增速目标为15.5%")
                .evaluation();

        PeriodImpact impact = ImpactAnalysis.compare(before, after);

        assertThat(impact.flips()).extracting(Flip::subject, Flip::change).containsExactly(
                tuple("运城开发区", Change.NOW_PASSING), tuple("河津开发区", Change.NOW_FAILING), tuple("稷山开发区", Change.NOW_PASSING));
        assertThat(impact.rectificationsRemoved()).extracting(RectificationItem::subject).containsExactly("运城开发区", "稷山开发区");
        assertThat(impact.summary()).isEqualTo("3个对象的指标达标情况改变（2项由未达标变为达标，1项由达标变为未达标），整改事项新增1项、减少2项");
    }

    @Test
    @DisplayName("只在候选结果中出现的开发区排在现行结果中的开发区之后")
    void subjectsOnlyInTheCandidateComeLast() {
        Evaluation before = Results.of("published").result("稷山开发区", "运城市", GROWTH, "15.8", "16", PROVINCE_16)
                .result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15).evaluation();
        Evaluation after = Results.of("candidate").result("运城开发区", "运城市", GROWTH, "17", "16", PROVINCE_16)
                .result("河津开发区", "运城市", GROWTH, "15.2", "16", PROVINCE_16)
                .result("稷山开发区", "运城市", GROWTH, "15.8", "15.5", "稷山开发区规上工业增加值增速目标为15.5%").evaluation();

        assertThat(ImpactAnalysis.compare(before, after).flips()).extracting(Flip::subject)
                .containsExactly("稷山开发区", "河津开发区", "运城开发区");
    }

    @Test
    @DisplayName("不同考核期的结果不能比较")
    void differentPeriodsAreRefused() {
        Evaluation h1 = Results.of("published").evaluation();
        Evaluation may = Results.of(new Period(2023, 1, 5), "candidate").evaluation();

        assertThatThrownBy(() -> ImpactAnalysis.compare(h1, may)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2023年1-6月").hasMessageContaining("2023年1-5月");
    }
}
