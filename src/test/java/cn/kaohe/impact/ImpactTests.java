package cn.kaohe.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.period.Period;

@DisplayName("规则调整的影响：几个考核期合起来")
class ImpactTests {

    private static final String GROWTH = "规上工业增加值增速";
    private static final String HEJIN_15 = "河津开发区规上工业增加值增速目标为15%";
    private static final String PROVINCE_16 = "2023年工业类开发区规上工业增加值增速省定目标为16%";
    private static final String SHORT_OF_16 = "规上工业增加值增速15.2%，未达到省定16%目标值，差0.8个百分点";

    @Test
    @DisplayName("几个考核期合起来：只列出有变化的考核期，合计各项变化")
    void impactOverSeveralPeriods() {
        Period q1 = new Period(2023, 1, 3);
        PeriodImpact first = ImpactAnalysis.compare(
                Results.of(q1, "published").result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15).evaluation(),
                Results.of(q1, "candidate").result("河津开发区", "运城市", GROWTH, "15.2", "15.0", HEJIN_15).evaluation());
        PeriodImpact second = ImpactAnalysis.compare(
                Results.of("published").result("河津开发区", "运城市", GROWTH, "15.2", "15", HEJIN_15).evaluation(),
                Results.of("candidate").result("河津开发区", "运城市", GROWTH, "15.2", "16", PROVINCE_16)
                        .rectification("河津开发区", GROWTH, SHORT_OF_16).evaluation());

        Impact impact = new Impact("2023年规上工业增加值增速目标统一为16%", List.of(first, second));

        assertThat(impact.changedPeriods()).extracting(PeriodImpact::period).containsExactly("2023年1-6月");
        assertThat(impact.totals().nowFailing()).isEqualTo(1);
        assertThat(impact.totals().rectificationsAdded()).isEqualTo(1);
        assertThat(impact.summary())
                .isEqualTo("共比较2个考核期，其中1个结果有变化（2023年1-6月）：1项指标达标情况改变（1项由达标变为未达标），整改事项新增1项");
        assertThat(new Impact("无实质变化", List.of(first, first)).summary()).isEqualTo("2个考核期的结果都没有变化");
        assertThat(first.summary()).isEqualTo("结果没有变化");
    }

    @Test
    @DisplayName("没有考核期可比较时如实说明")
    void noPeriods() {
        Impact impact = new Impact("空", List.of());

        assertThat(impact.unchanged()).isTrue();
        assertThat(impact.totals()).isEqualTo(ImpactCounts.NONE);
        assertThat(impact.summary()).isEqualTo("没有比较任何考核期");
    }
}
