package cn.kaohe.rulebook.steps;

import java.math.BigDecimal;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.当;

/** The figures a scenario reports, and running the evaluation. */
public class FigureSteps {

    private final ScenarioState state;

    public FigureSteps(ScenarioState state) {
        this.state = state;
    }

    @假如("考核期为{名称}")
    public void period(String period) {
        state.period = period;
    }

    @假如("{名称}的{名称}为{数值}")
    public void reports(String subject, String indicator, BigDecimal value) {
        state.report(subject, indicator, value.toPlainString(), null);
    }

    @假如("{名称}的{名称}为{数值}，上年同期为{数值}")
    public void reportsWithPrevious(String subject, String indicator, BigDecimal value, BigDecimal previous) {
        state.report(subject, indicator, value.toPlainString(), previous.toPlainString());
    }

    @假如("上报以下数据：")
    public void reportsTable(DataTable table) {
        for (Map<String, String> row : table.asMaps()) {
            state.report(row.get("对象"), row.get("指标"), row.get("数值"), row.get("上年同期"), row.get("备注"));
        }
    }

    @假如("{名称}的{名称}不上报")
    public void withdraws(String subject, String indicator) {
        state.withdraw(subject, indicator);
    }

    @当("执行考核")
    public void evaluate() {
        state.evaluate();
    }
}
