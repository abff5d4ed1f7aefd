package cn.kaohe.rulebook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import io.cucumber.java.zh_cn.那么;

import cn.kaohe.assessment.Evaluation;

/** What the rules decided for one subject's indicator: its value, target, judgement and score. */
public class ResultSteps {

    private final ScenarioState state;

    public ResultSteps(ScenarioState state) {
        this.state = state;
    }

    @那么("{名称}的{名称}实际值为{数值}")
    public void actual(String subject, String indicator, BigDecimal expected) {
        assertThat(state.result(subject, indicator).actual()).isEqualByComparingTo(expected);
    }

    @那么("{名称}的{名称}实际值为{数值}，由规则{名称}算出")
    public void derived(String subject, String indicator, BigDecimal expected, String rule) {
        Evaluation.IndicatorResult r = state.result(subject, indicator);
        assertThat(r.actual()).isEqualByComparingTo(expected);
        assertThat(r.source()).isEqualTo(rule);
    }

    @那么("{名称}的{名称}按填报值{数值}考核")
    public void reported(String subject, String indicator, BigDecimal expected) {
        Evaluation.IndicatorResult r = state.result(subject, indicator);
        assertThat(r.actual()).isEqualByComparingTo(expected);
        assertThat(r.source()).isEqualTo("填报");
    }

    @那么("{名称}的{名称}目标为{数值}，判定为{名称}")
    public void judged(String subject, String indicator, BigDecimal target, String verdict) {
        Evaluation.IndicatorResult r = state.result(subject, indicator);
        assertThat(r.target()).as("目标值").isEqualByComparingTo(target);
        assertThat(r.passed() ? "达标" : "未达标").as("判定").isEqualTo(verdict);
    }

    @那么("{名称}的{名称}目标为{数值}，即年度目标{数值}的序时进度，判定为{名称}")
    public void prorated(String subject, String indicator, BigDecimal target, BigDecimal annual, String verdict) {
        Evaluation.IndicatorResult r = state.result(subject, indicator);
        assertThat(r.target()).as("序时进度目标").isEqualByComparingTo(target);
        assertThat(r.annualTarget()).as("年度目标").isEqualByComparingTo(annual);
        assertThat(r.passed() ? "达标" : "未达标").as("判定").isEqualTo(verdict);
    }

    @那么("{名称}的{名称}的考核结论为{名称}")
    public void statement(String subject, String indicator, String statement) {
        assertThat(state.result(subject, indicator).statement()).isEqualTo(statement);
    }

    @那么("{名称}的{名称}目标由规则{名称}按序时进度折算")
    public void proratedBy(String subject, String indicator, String rule) {
        assertThat(state.result(subject, indicator).proratedBy()).isEqualTo(rule);
    }

    @那么("{名称}的{名称}目标为{数值}，属于{名称}目标，依据规则{名称}")
    public void targetFrom(String subject, String indicator, BigDecimal target, String basis, String rule) {
        Evaluation.IndicatorResult r = state.result(subject, indicator);
        assertThat(r.target()).as("目标值").isEqualByComparingTo(target);
        assertThat(r.basis()).as("目标性质").isEqualTo(basis);
        assertThat(r.rule()).as("目标依据").isEqualTo(rule);
    }

    @那么("{名称}的{名称}判定为{名称}，差距为{数值}，由规则{名称}判定")
    public void verdictAndGap(String subject, String indicator, String verdict, BigDecimal gap, String rule) {
        Evaluation.IndicatorResult r = state.result(subject, indicator);
        assertThat(r.passed() ? "达标" : "未达标").as("判定").isEqualTo(verdict);
        assertThat(r.gap()).as("差距").isEqualByComparingTo(gap);
        assertThat(r.judgedBy()).as("判定规则").isEqualTo(rule);
    }

    @那么("{名称}的{名称}没有考核结果")
    public void noResult(String subject, String indicator) {
        assertThat(state.evaluation.results())
                .noneMatch(r -> r.subject().equals(subject) && r.indicator().equals(indicator));
    }

    @那么("{名称}的{名称}得分为{数值}")
    public void score(String subject, String indicator, BigDecimal points) {
        assertThat(state.result(subject, indicator).score()).as("得分").isEqualByComparingTo(points);
    }

    @那么("{名称}的{名称}分值为{数值}，依据规则{名称}")
    public void weight(String subject, String indicator, BigDecimal weight, String rule) {
        Evaluation.IndicatorResult r = state.result(subject, indicator);
        assertThat(r.weight()).as("分值").isEqualByComparingTo(weight);
        assertThat(state.evaluation.firedRules()).as("已触发的规则").contains(rule);
    }

    @那么("{名称}的{名称}得分为{数值}，由规则{名称}计分")
    public void scoredBy(String subject, String indicator, BigDecimal points, String rule) {
        Evaluation.IndicatorResult r = state.result(subject, indicator);
        assertThat(r.score()).as("得分").isEqualByComparingTo(points);
        assertThat(r.scoredBy()).as("计分规则").isEqualTo(rule);
    }
}
