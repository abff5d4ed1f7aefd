package cn.kaohe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.kaohe.rulebook.CheckHistory;
import cn.kaohe.rulebook.CheckReport;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.user.Role;

/** The rulebook: everyone logged in reads it; 政策人员 and 管理员 run the check. */
@WebTest
class RulebookPagesTests {

    static final String TARGETS = "/rulebook/file?path=industrial/targets-2023.drl.csv";
    static final String JUDGING = "/rulebook/file?path=common/judging.drl";
    static final String HEJIN_EXAMPLE = "例：按材料中的目标，规上工业增加值增速同为15.2%，河津开发区达标，稷山开发区未达标";

    @Autowired
    MockMvc mvc;

    @Autowired
    LiveRuleset live;

    @Autowired
    CheckHistory history;

    static RequestPostProcessor as(Role role) {
        return user(role.name().toLowerCase() + "-rulebook").roles(role.name());
    }

    String page(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aViewerReadsTheIndexByFolderButMayNotRunTheCheck() throws Exception {
        String html = page(mvc.perform(get("/rulebook").with(as(Role.VIEWER))).andReturn());
        assertThat(html).contains("<h1>规则书</h1>").contains(live.current().version())
                .contains("<span>通用</span>").contains("<span>工业类</span>").contains("<span>化工园区</span>")
                .contains("href=\"/rulebook/file?path=industrial/targets-2023.drl.csv\"").contains("2023年工业类开发区考核目标")
                .contains("政策人员或管理员可以运行检查").doesNotContain("action=\"/rulebook/check\"");
        if (history.of(live.current().hash()).isEmpty()) {
            assertThat(html).contains("尚未检查本版本");
        }
        assertThat(html).as("菜单中有规则书").contains("href=\"/rulebook\" class=\"active\"");
    }

    @Test
    void aViewerReadsARuleFileWithItsTableAndItsScenariosRenderedForReading() throws Exception {
        String html = page(mvc.perform(get(TARGETS).with(as(Role.VIEWER))).andReturn());
        assertThat(html).contains("<h1>targets-2023.drl.csv</h1>")
                .contains("同一指标既有“个别开发区”目标又有“同类开发区”通用目标时，个别开发区的目标优先。")
                .contains("<h3>2023年省定目标（个别开发区）</h3>").contains("<th>规则名称</th><th>年度</th><th>开发区</th>")
                .contains("<td>2023年河津开发区规上工业增加值增速省定目标为15%</td>")
                .contains("<h2 class=\"feature-name\">2023年工业类开发区考核目标</h2>")
                .contains("id=\"industrial-targets-2023-L29\"").contains("<span>" + HEJIN_EXAMPLE + "</span>")
                .contains("<strong class=\"keyword\">那么</strong>").contains("<span class=\"name\">“河津开发区”</span>");
        String judging = page(mvc.perform(get(JUDGING).with(as(Role.VIEWER))).andReturn());
        assertThat(judging).contains("id=\"common-judging-L12\"").contains("<span>目标值上下的判定（临界值）</span>")
                .contains("<h4>例子：河津开发区目标15%</h4>").contains("<td>新绛开发区</td>");
        for (String page : List.of(html, judging)) {
            assertThat(page).as("不显示 Gherkin 原文").doesNotContain("场景大纲:").doesNotContain("例子:").doesNotContain("| 开发区")
                    .doesNotContain("<开发区>").doesNotContain("规则文件：rules/industrial/targets-2023.drl.csv\n");
        }
    }

    @Test
    void aDrlIsShownWithLineNumbersAndItsExplanation() throws Exception {
        String html = page(mvc.perform(get("/rulebook/file").param("path", "common/judging.drl").with(as(Role.VIEWER))).andReturn());
        assertThat(html).contains("达标判定：指标实际值与适用目标相比。").contains("<span class=\"ln\">9</span>")
                .contains("实际值达到或超过目标值的，判定为达标").contains("达标判定——实际值与目标值比较");
    }

    @Test
    void anUnknownRuleFileIsExplainedInChinese() throws Exception {
        MvcResult r = mvc.perform(get("/rulebook/file").param("path", "industrial/nothing.drl").with(as(Role.VIEWER))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("规则目录中没有文件“industrial/nothing.drl”");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VIEWER", "ASSESSOR"})
    void onlyPolicyStaffAndAdministratorsRunTheCheck(Role role) throws Exception {
        mvc.perform(post("/rulebook/check").with(as(role)).with(csrf())).andExpect(status().isForbidden());
        String html = page(mvc.perform(get("/rulebook").with(as(Role.ADMIN))).andReturn());
        assertThat(html).contains("action=\"/rulebook/check\"");
    }

    @Test
    void policyStaffRunTheCheckAndEveryoneSeesItsOutcome() throws Exception {
        // A check that finished just now, of another ruleset: the progress page quotes what it took, not a guess.
        history.record(new CheckReport("another-ruleset", List.of(), 170, List.of(), Map.of(), Map.of(), Duration.ofMillis(7_700),
                Instant.now().minusMillis(7_700)));
        String location = mvc.perform(post("/rulebook/check").param("back", TARGETS).with(as(Role.POLICY)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String progress = page(mvc.perform(get(location).with(as(Role.POLICY))).andReturn());
        assertThat(progress).contains("<h1>检查现行规则</h1>").contains("id=\"stage\"").contains("已用时")
                .contains("上次检查用时 7.7 秒").doesNotContain("约需").contains("href=\"/rulebook\" class=\"active\"");

        Map<String, Object> done = WebApi.awaitRuleJob(mvc, location.substring("/rules/jobs/".length()));
        assertThat(done).containsEntry("error", null).containsEntry("next", TARGETS).containsEntry("percent", 100);
        assertThat((String) done.get("stage")).startsWith("已检查：通过：");
        assertThat(history.of(live.current().hash())).isPresent();
        String measured = history.lastDuration().orElseThrow();
        assertThat(measured).as("这次检查的实测用时取代了上一次").doesNotContain("7.7 秒");

        String index = page(mvc.perform(get("/rulebook").with(as(Role.VIEWER))).andReturn());
        assertThat(index).contains("个场景全部通过").contains("✓ 检查通过").doesNotContain("尚未检查本版本").doesNotContain("约需");
        String policyIndex = page(mvc.perform(get("/rulebook").with(as(Role.POLICY))).andReturn());
        assertThat(policyIndex).contains("<span id=\"check-measured\">" + measured + "</span>");

        String file = page(mvc.perform(get(TARGETS).with(as(Role.VIEWER))).andReturn());
        assertThat(file).contains("个场景全部通过").contains("class=\"card scenario passed\"").doesNotContain("scenario failed")
                .contains("href=\"/rulebook/file?path=industrial/targets-2023.drl.csv#industrial-targets-2023-L20\"");

        mvc.perform(get("/api/rulebook").with(as(Role.VIEWER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(live.current().version()))
                .andExpect(jsonPath("$.check.passed").value(true))
                .andExpect(jsonPath("$.files[*].path", hasItem("industrial/targets-2023.drl.csv")))
                .andExpect(jsonPath("$.files[?(@.path == 'industrial/targets-2023.drl.csv')].rules[*].name",
                        hasItem("2023年河津开发区规上工业增加值增速省定目标为15%")));
    }

    @Test
    void aFailedScenarioShowsItsStepAndReasonAndAnUncoveredRuleIsMarked() throws Exception {
        String hash = live.current().hash();
        var before = history.of(hash);
        String hejin16 = "2023年河津开发区工业投资增速省定目标为16%";
        history.record(new CheckReport(hash, List.of(), 179,
                List.of(new CheckReport.Failure("features/common/judging.feature", 26, "目标值上下的判定（临界值）",
                        "第15行 那么 “河津开发区”的“规上工业增加值增速”判定为“达标”", "预期目标为16%，实际为17%")),
                Map.of(hejin16, "industrial/targets-2023.drl.csv"), Map.of(), Duration.ofSeconds(6), Instant.now().minusSeconds(6)));
        try {
            String index = page(mvc.perform(get("/rulebook").with(as(Role.VIEWER))).andReturn());
            assertThat(index).contains("✗ 检查未通过").contains("未通过：179个场景中1个失败，1条规则没有任何场景覆盖")
                    .contains("href=\"/rulebook/file?path=common/judging.drl#common-judging-L12\"")
                    .contains("预期目标为16%，实际为17%").contains("<span>" + hejin16 + "</span>");

            String file = page(mvc.perform(get(JUDGING).with(as(Role.VIEWER))).andReturn());
            assertThat(file).contains("class=\"card scenario failed\" id=\"common-judging-L12\"")
                    .contains("<tr id=\"common-judging-L26\" class=\"fail\">").contains("（例子第26行）")
                    .contains("预期目标为16%，实际为17%")
                    .contains("class=\"card scenario passed\" id=\"common-judging-L38\"");
            assertThat(page(mvc.perform(get(TARGETS).with(as(Role.VIEWER))).andReturn())).contains("✗ 没有任何场景覆盖");
        } finally {
            before.ifPresent(history::record);
        }
    }

    @Test
    void theApiListsTheRulebookForAnyRole() throws Exception {
        mvc.perform(get("/api/rulebook").with(as(Role.ASSESSOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.files[?(@.path == 'common/judging.drl')].features[*].path", hasItem("features/common/judging.feature")));
    }
}
