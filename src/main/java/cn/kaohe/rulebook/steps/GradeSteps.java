package cn.kaohe.rulebook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.那么;

import cn.kaohe.assessment.Evaluation;

/** Chemical parks' safety-risk grades (安全风险等级) and the grade each must reach. */
public class GradeSteps {

    private final ScenarioState state;

    public GradeSteps(ScenarioState state) {
        this.state = state;
    }

    private Evaluation.GradeItem grade(String subject) {
        return state.evaluation.grades().stream().filter(g -> g.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("“" + subject + "”没有安全风险等级；已有：" + state.evaluation.grades()));
    }

    @那么("{名称}评为{名称}级（{名称}）")
    public void graded(String subject, String grade, String meaning) {
        Evaluation.GradeItem g = grade(subject);
        assertThat(g.grade()).as("安全风险等级").isEqualTo(grade);
        assertThat(g.meaning()).as("等级含义").isEqualTo(meaning);
    }

    @那么("{名称}评为{名称}级（{名称}），依据规则{名称}")
    public void gradedBy(String subject, String grade, String meaning, String rule) {
        graded(subject, grade, meaning);
        assertThat(grade(subject).rule()).as("评定规则").isEqualTo(rule);
    }

    @那么("{名称}的等级评定中评估得分为{数值}")
    public void score(String subject, BigDecimal score) {
        assertThat(grade(subject).score()).as("评估得分").isEqualByComparingTo(score);
    }

    @那么("{名称}的等级评定中没有评估得分")
    public void noScore(String subject) {
        assertThat(grade(subject).score()).as("评估得分").isNull();
    }

    @那么("{名称}没有安全风险等级")
    public void noGrade(String subject) {
        assertThat(state.evaluation.grades()).as("安全风险等级").noneMatch(g -> g.subject().equals(subject));
    }

    @那么("{名称}的安全风险等级目标为{名称}级，判定为{名称}")
    public void judged(String subject, String targetGrade, String verdict) {
        Evaluation.GradeItem g = grade(subject);
        assertThat(g.targetGrade()).as("目标等级").isEqualTo(targetGrade);
        assertThat(g.passed()).as("是否有判定").isNotNull();
        assertThat(g.passed() ? "达标" : "未达标").as("判定").isEqualTo(verdict);
    }

    @那么("{名称}的安全风险等级目标为{名称}级，依据规则{名称}")
    public void targetFrom(String subject, String targetGrade, String rule) {
        assertThat(grade(subject).targetGrade()).as("目标等级").isEqualTo(targetGrade);
        assertThat(state.evaluation.firedRules()).as("已触发的规则").contains(rule);
    }

    @那么("{名称}的安全风险等级判定为{名称}，由规则{名称}判定")
    public void judgedBy(String subject, String verdict, String rule) {
        Evaluation.GradeItem g = grade(subject);
        assertThat(g.passed()).as("是否有判定").isNotNull();
        assertThat(g.passed() ? "达标" : "未达标").as("判定").isEqualTo(verdict);
        assertThat(g.judgedBy()).as("判定规则").isEqualTo(rule);
    }

    @那么("{名称}没有安全风险等级目标")
    public void noTarget(String subject) {
        Evaluation.GradeItem g = grade(subject);
        assertThat(g.targetGrade()).as("目标等级").isNull();
        assertThat(g.passed()).as("判定").isNull();
    }

    /** All of a subject's rectification items, in any order (several may concern the same indicator). */
    @那么("{名称}的整改事项为：")
    public void items(String subject, DataTable table) {
        List<String> expected = table.asMaps().stream().map(r -> r.get("整改事项")).toList();
        assertThat(state.evaluation.rectifications()).filteredOn(r -> r.subject().equals(subject))
                .extracting(Evaluation.RectificationItem::text).containsExactlyInAnyOrderElementsOf(expected);
    }
}
