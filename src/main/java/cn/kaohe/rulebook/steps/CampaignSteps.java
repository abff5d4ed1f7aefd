package cn.kaohe.rulebook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.ParameterType;
import io.cucumber.java.zh_cn.那么;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.figures.NumberText;

/** The progress of rectification campaigns (专项整治, 审计, 巡察整改 …) and their open items. */
public class CampaignSteps {

    private final ScenarioState state;

    public CampaignSteps(ScenarioState state) {
        this.state = state;
    }

    /** A count as the reports write it: 246个, 70项. */
    @ParameterType(name = "件数", value = "[0-9][0-9,]*(?:个|项|件)?")
    public BigDecimal count(String text) {
        return NumberText.parse(text.replaceAll("(个|项|件)$", ""));
    }

    private Evaluation.CampaignItem campaign(String subject, String campaign) {
        return state.evaluation.campaigns().stream()
                .filter(c -> c.subject().equals(subject) && c.campaign().equals(campaign))
                .findFirst()
                .orElseThrow(() -> new AssertionError("没有“" + subject + "”的“" + campaign + "”的进度；已有：" + state.evaluation.campaigns()));
    }

    @那么("{名称}的{名称}共{件数}，已完成{件数}，完成率为{数值}，剩余{件数}，由规则{名称}统计")
    public void progress(String subject, String campaign, BigDecimal total, BigDecimal done, BigDecimal rate, BigDecimal open, String rule) {
        Evaluation.CampaignItem c = campaign(subject, campaign);
        assertThat(c.total()).as("总数").isEqualByComparingTo(total);
        assertThat(c.done()).as("已完成").isEqualByComparingTo(done);
        assertThat(c.rate()).as("完成率").isEqualByComparingTo(rate);
        assertThat(c.open()).as("剩余").isEqualByComparingTo(open);
        assertThat(c.rule()).as("统计规则").isEqualTo(rule);
    }

    @那么("{名称}的{名称}完成率为{数值}，剩余{件数}")
    public void rate(String subject, String campaign, BigDecimal rate, BigDecimal open) {
        Evaluation.CampaignItem c = campaign(subject, campaign);
        assertThat(c.rate()).as("完成率").isEqualByComparingTo(rate);
        assertThat(c.open()).as("剩余").isEqualByComparingTo(open);
    }

    @那么("{名称}没有专项工作进度")
    public void none(String subject) {
        assertThat(state.evaluation.campaigns()).noneMatch(c -> c.subject().equals(subject));
    }

    /** The subject's rectification items that come from campaigns, in any order. */
    @那么("{名称}的专项工作整改事项为：")
    public void items(String subject, DataTable table) {
        Set<String> campaigns = state.evaluation.campaigns().stream().map(Evaluation.CampaignItem::campaign).collect(Collectors.toSet());
        List<List<String>> actual = state.evaluation.rectifications().stream()
                .filter(r -> r.subject().equals(subject) && campaigns.contains(r.indicator()))
                .map(r -> List.of(r.indicator(), r.text()))
                .toList();
        List<List<String>> expected = table.asMaps().stream().map(r -> List.of(r.get("专项"), r.get("整改事项"))).toList();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }
}
