package cn.kaohe.rulebook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.那么;

import cn.kaohe.assessment.Evaluation;

/** Totals and places within the city. */
public class StandingSteps {

    private final ScenarioState state;

    public StandingSteps(ScenarioState state) {
        this.state = state;
    }

    private Evaluation.Standing standing(String subject) {
        return state.evaluation.standings().stream().filter(s -> s.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("“" + subject + "”没有总分"));
    }

    @那么("{名称}的总分为{数值}")
    public void total(String subject, BigDecimal total) {
        assertThat(standing(subject).total()).as("总分").isEqualByComparingTo(total);
    }

    @那么("排名为：")
    public void ranking(DataTable table) {
        List<List<String>> actual = state.evaluation.standings().stream()
                .map(s -> List.of(s.city(), s.subject(), s.total().stripTrailingZeros().toPlainString(), "第" + s.rank() + "名", s.of() + "个"))
                .toList();
        List<List<String>> expected = table.asMaps().stream()
                .map((Map<String, String> r) -> List.of(r.get("所属市"), r.get("对象"), new BigDecimal(r.get("总分")).stripTrailingZeros().toPlainString(),
                        r.get("排名"), r.get("参与排名")))
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }
}
