package cn.kaohe.rulebook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.zh_cn.那么;

import cn.kaohe.assessment.Evaluation;

/** What the rules conclude beyond the verdicts: values, comparisons, ranks, warnings, the bulletin. */
public class ConclusionSteps {

    private final ScenarioState state;

    public ConclusionSteps(ScenarioState state) {
        this.state = state;
    }

    private Evaluation.MeasureItem measure(String subject, String indicator) {
        return state.evaluation.measures().stream().filter(m -> m.subject().equals(subject) && m.indicator().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError("“" + subject + "”没有“" + indicator + "”的数值"));
    }

    @那么("{名称}的{名称}为{数值}，由规则{名称}得出")
    public void value(String subject, String indicator, BigDecimal value, String rule) {
        Evaluation.MeasureItem m = measure(subject, indicator);
        assertThat(m.value()).as("数值").isEqualByComparingTo(value);
        assertThat(m.source()).as("来源").isEqualTo(rule);
    }

    @那么("{名称}的{名称}上年同期为{数值}")
    public void previous(String subject, String indicator, BigDecimal previous) {
        assertThat(measure(subject, indicator).previous()).as("上年同期").isEqualByComparingTo(previous);
    }

    @那么("{名称}没有{名称}的数值")
    public void noValue(String subject, String indicator) {
        assertThat(state.evaluation.measures()).noneMatch(m -> m.subject().equals(subject) && m.indicator().equals(indicator));
    }

    @那么("{名称}的{名称}与{名称}比较：{名称}，由规则{名称}得出")
    public void comparison(String subject, String indicator, String against, String text, String rule) {
        assertThat(state.evaluation.comparisons())
                .filteredOn(c -> c.subject().equals(subject) && c.indicator().equals(indicator) && c.against().equals(against))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.text()).isEqualTo(text);
                    assertThat(c.rule()).isEqualTo(rule);
                });
    }

    @那么("{名称}的{名称}不与{名称}比较")
    public void noComparison(String subject, String indicator, String against) {
        assertThat(state.evaluation.comparisons())
                .noneMatch(c -> c.subject().equals(subject) && c.indicator().equals(indicator) && c.against().equals(against));
    }

    @那么("按{名称}在{名称}的排名为：")
    public void ranking(String indicator, String scope, DataTable table) {
        List<List<String>> actual = state.evaluation.rankings().stream()
                .filter(r -> r.indicator().equals(indicator) && r.scope().equals(scope))
                .map(r -> List.of(r.city(), r.subject(), r.value().stripTrailingZeros().toPlainString(), "第" + r.rank() + "名", r.of() + "个"))
                .toList();
        List<List<String>> expected = table.asMaps().stream()
                .map((Map<String, String> r) -> List.of(r.get("所属市"), r.get("对象"), new BigDecimal(r.get("数值")).stripTrailingZeros().toPlainString(),
                        r.get("排名"), r.get("参与排名")))
                .toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @那么("{名称}不参与排名")
    public void notRanked(String subject) {
        assertThat(state.evaluation.rankings()).noneMatch(r -> r.subject().equals(subject));
    }

    @那么("{名称}的{名称}发出{名称}预警：{名称}")
    public void warning(String subject, String indicator, String level, String text) {
        assertThat(state.evaluation.warnings())
                .filteredOn(w -> w.subject().equals(subject) && w.indicator().equals(indicator))
                .singleElement()
                .satisfies(w -> {
                    assertThat(w.level()).as("预警等级").isEqualTo(level);
                    assertThat(w.text()).as("预警内容").isEqualTo(text);
                });
    }

    @那么("没有黄色或红色预警")
    public void noWarnings() {
        assertThat(state.evaluation.warnings()).extracting(Evaluation.WarningItem::level).doesNotContain("黄色", "红色");
    }

    @那么("{名称}缺报的指标为：")
    public void missing(String subject, DataTable table) {
        List<String> expected = table.asMaps().stream().map(r -> r.get("指标")).toList();
        assertThat(state.evaluation.warnings()).filteredOn(w -> w.subject().equals(subject) && w.level().equals("缺报"))
                .extracting(Evaluation.WarningItem::indicator).containsExactlyInAnyOrderElementsOf(expected);
    }

    @那么("{名称}没有缺报")
    public void noneMissing(String subject) {
        assertThat(state.evaluation.warnings()).noneMatch(w -> w.subject().equals(subject) && w.level().equals("缺报"));
    }

    @那么("{名称}的通报为：")
    public void bulletin(String subject, String text) {
        assertThat(state.evaluation.bulletin())
                .filteredOn(b -> b.subject().equals(subject))
                .singleElement()
                .extracting(Evaluation.BulletinParagraph::text)
                .isEqualTo(text.strip());
    }
}
