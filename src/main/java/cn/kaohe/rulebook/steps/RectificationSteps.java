package cn.kaohe.rulebook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.那么;

/** The rectification list (整改清单). */
public class RectificationSteps {

    private final ScenarioState state;

    public RectificationSteps(ScenarioState state) {
        this.state = state;
    }

    @那么("整改清单为：")
    public void list(DataTable table) {
        List<List<String>> actual = state.evaluation.rectifications().stream().map(r -> List.of(r.subject(), r.text())).toList();
        List<List<String>> expected = table.asMaps().stream().map(r -> List.of(r.get("对象"), r.get("整改事项"))).toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @那么("{名称}有一条整改事项：{名称}")
    public void item(String subject, String text) {
        assertThat(state.evaluation.rectifications()).filteredOn(r -> r.subject().equals(subject))
                .extracting(r -> r.text()).containsExactly(text);
    }

    @那么("整改清单为空")
    public void empty() {
        assertThat(state.evaluation.rectifications()).isEmpty();
    }
}
