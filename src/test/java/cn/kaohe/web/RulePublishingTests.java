package cn.kaohe.web;

import static cn.kaohe.web.WebApi.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.kaohe.audit.AuditLog;
import cn.kaohe.publish.ImpactService;
import cn.kaohe.publish.Publisher;
import cn.kaohe.rules.LiveRuleset;

/**
 * Publishing as a policy officer does it in the browser: edit the rules directory, 重新加载, see
 * the new version live, roll it back; a broken file is refused and the old rules keep serving.
 * The application has its own copy of the rules directory (see {@link CopiedRules}).
 */
@WebTest
class RulePublishingTests {

    private static final String WARNINGS = "common/warnings.drl";

    @Autowired
    MockMvc mvc;
    @Autowired
    LiveRuleset live;
    @Autowired
    Publisher publisher;
    @Autowired
    AuditLog audit;
    @Autowired
    cn.kaohe.publish.Candidates candidates;
    @Autowired
    ImpactService impactService;

    private String original;

    static RequestPostProcessor policy() {
        return user("zhengce").roles("POLICY");
    }

    static RequestPostProcessor viewer() {
        return user("chakan").roles("VIEWER");
    }

    @BeforeEach
    void remember() {
        original = live.current().version();
    }

    /** Leaves the rules as found: the directory restored and the original version live again. */
    @AfterEach
    void restore() throws IOException {
        Files.deleteIfExists(live.dir().resolve("common/broken.drl"));
        if (!live.current().version().equals(original)) {
            publisher.rollback(original, "测试");
        }
        for (var f : live.current().files()) {
            Files.writeString(live.dir().resolve(f.path()), f.content(), StandardCharsets.UTF_8);
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = live.dir().resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void reloadPublishesTheEditedDirectoryAndRollbackRestoresItInOneAction() throws Exception {
        edit(WARNINGS, "// 预警：", "// 预警（政策人员已复核）：");

        String reloading = mvc.perform(post("/rules/reload").with(policy()).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(body(mvc.perform(get(reloading).with(policy())).andReturn())).as("进度页").contains("重新加载规则目录");
        assertThat(WebApi.followRuleJob(mvc, reloading)).startsWith("/rules?done=");

        String published = live.current().version();
        assertThat(published).isNotEqualTo(original);
        String page = body(mvc.perform(get("/rules").with(viewer())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("在用规则版本 <strong>" + published, "发布", "zhengce", "规则目录");
        assertThat(audit.latest(5)).anyMatch(e -> e.getAction().equals(AuditLog.RULES_PUBLISH) && e.getDetail().contains(published));

        String diff = body(mvc.perform(get("/rules/compare").param("from", original).param("to", published).with(viewer())).andReturn());
        assertThat(diff).contains("common/warnings.drl", "预警（政策人员已复核）");

        mvc.perform(post("/rules/rollback").param("version", original).with(policy()).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(live.current().version()).isEqualTo(original);
        assertThat(Files.readString(live.dir().resolve(WARNINGS), StandardCharsets.UTF_8)).doesNotContain("政策人员已复核");
        assertThat(audit.latest(5)).anyMatch(e -> e.getAction().equals(AuditLog.RULES_ROLLBACK) && e.getDetail().contains(original));

        // A stored evaluation re-run under the version that is no longer live records that version.
        long period = WebApi.periodId(mvc, "2023年1-6月");
        String job = WebApi.read(mvc.perform(post("/api/periods/{id}/evaluations", period).param("version", published)
                .with(user("kaohe").roles("ASSESSOR")).with(csrf())).andExpect(status().isAccepted()).andReturn(), "$.job");
        java.util.Map<String, Object> done = WebApi.awaitJob(mvc, job);
        assertThat(done.get("error")).isNull();
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> latest = (java.util.Map<String, Object>) WebApi.period(mvc, "2023年1-6月").get("latestRun");
        assertThat((String) latest.get("ruleset")).startsWith(published);
    }

    @Test
    void aBrokenDrlFileIsRefusedWithItsFileAndLineAndTheOldRulesKeepServing() throws Exception {
        Files.writeString(live.dir().resolve("common/broken.drl"), """
                package common;
                import cn.kaohe.rules.facts.Result;

                rule "写错字段名的规则"
                when
                    $r : Result( achieved > 3 )
                then
                end
                """, StandardCharsets.UTF_8);

        mvc.perform(post("/api/rules/reload").with(policy()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(false))
                .andExpect(jsonPath("$.candidate.problems[0]").value(org.hamcrest.Matchers.containsString("common/broken.drl 第6行")));

        assertThat(live.current().version()).isEqualTo(original);
        String page = body(mvc.perform(get("/rules").with(viewer())).andReturn());
        assertThat(page).contains("未发布：", "common/broken.drl 第6行", "继续使用");
        assertThat(audit.latest(5)).anyMatch(e -> e.getAction().equals(AuditLog.RULES_REFUSED));

        mvc.perform(post("/api/periods/1/evaluations").with(user("kaohe").roles("ASSESSOR")).with(csrf())).andExpect(status().isAccepted());
    }

    @Test
    void onlyPolicyStaffPublishOrRollBack() throws Exception {
        mvc.perform(post("/api/rules/reload").with(viewer()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/api/rules/rollback").param("version", original).with(user("kaohe").roles("ASSESSOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/rules/check").with(viewer()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/rules").with(viewer())).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(original));
    }

    @Test
    void anUnknownVersionIsNamedInChineseAndNothingChanges() throws Exception {
        mvc.perform(post("/api/rules/rollback").param("version", "上一版").with(policy()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("没有版本为“上一版”的规则"));
        assertThat(body(mvc.perform(get("/rules/compare").param("from", "0000dead").with(viewer())).andExpect(status().isBadRequest())
                .andReturn())).contains("没有版本为“0000dead”的规则");
        assertThat(live.current().version()).isEqualTo(original);
    }

    @Test
    void aCandidateShowsItsCheckAndWhatItWouldChangeBeforeItIsPublished() throws Exception {
        edit(WARNINGS, "// 预警：", "// 预警（预览）：");

        String location = WebApi.followRuleJob(mvc, mvc.perform(post("/rules/check").with(policy()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl());
        String page = body(mvc.perform(get(location).with(viewer())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("全部通过", "修改1个文件", "common/warnings.drl");
        if (page.contains("id=\"impact-progress\"")) {
            Map<String, Object> done = WebApi.followImpact(mvc, page);
            assertThat(done).containsEntry("error", null).containsEntry("percent", 100).containsEntry("next", location);
            page = body(mvc.perform(get(location).with(viewer())).andExpect(status().isOk()).andReturn());
        }
        assertThat(page).contains("结果没有变化").doesNotContain("id=\"impact-progress\"");
        assertThat(live.current().version()).as("checking does not publish").isEqualTo(original);
    }

    @Test
    void theWhatIfRunsInTheBackgroundPeriodByPeriodAndReopeningThePageDoesNotRepeatIt() throws Exception {
        edit(WARNINGS, "// 预警：", "// 预警（后台比较）：");
        String location = WebApi.followRuleJob(mvc, mvc.perform(post("/rules/check").with(policy()).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl());
        List<ImpactService.Basis> bases = impactService.bases(null);
        assertThat(bases).as("样例考核期已考核").isNotEmpty();

        // The page answers at once with the comparison's progress; the job names each period as it goes.
        String page = body(mvc.perform(get(location).with(viewer())).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"impact-progress\"", "已用时", "完成后本页自动显示影响").doesNotContain("约需")
                .doesNotContain("id=\"impact-summary\"");
        String again = body(mvc.perform(get(location).with(viewer())).andReturn());
        if (again.contains("id=\"impact-progress\"")) {
            assertThat(jobOf(again)).as("比较进行中再打开页面，跟随同一个任务").isEqualTo(jobOf(page));
        }
        Map<String, Object> done = WebApi.followImpact(mvc, page);
        assertThat(done).containsEntry("title", "比较候选规则的影响").containsEntry("error", null).containsEntry("percent", 100)
                .containsEntry("next", location);
        String unchanged = bases.size() == 1 ? "结果没有变化" : bases.size() + "个考核期的结果都没有变化";
        assertThat(done).as("完成时显示影响的概要").containsEntry("stage", unchanged);
        assertThat(((Number) done.get("seconds")).longValue()).isGreaterThanOrEqualTo(0);

        // Reopened: the impact is shown at once, not compared again.
        String shown = body(mvc.perform(get(location).with(viewer())).andReturn());
        assertThat(shown).contains("id=\"impact-summary\"", unchanged).doesNotContain("id=\"impact-progress\"");

        // Another choice of periods is another comparison, and its progress quotes what the last one took.
        String one = body(mvc.perform(get(location).param("period", String.valueOf(bases.get(0).periodId())).with(viewer())).andReturn());
        assertThat(one).contains("id=\"impact-progress\"").contains("上次比较" + bases.size() + "个考核期用时");
        assertThat(WebApi.followImpact(mvc, one)).containsEntry("next", location + "?period=" + bases.get(0).periodId());
        assertThat(body(mvc.perform(get(location).param("period", String.valueOf(bases.get(0).periodId())).with(viewer())).andReturn()))
                .contains(">结果没有变化<").doesNotContain("id=\"impact-progress\"");

        List<String> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
        impactService.analyse("测试", live.current(), bases, (stage, percent) -> stages.add(stage));
        assertThat(stages).contains("正在比较 " + bases.get(0).label() + "（1/" + bases.size() + "个考核期）：用候选规则考核",
                "正在比较 " + bases.get(bases.size() - 1).label() + "（" + bases.size() + "/" + bases.size() + "个考核期）：比较结果");
    }

    private static String jobOf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-job=\"([0-9a-f-]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aCandidateMadeBeforeAnotherPublicationCannotUndoIt() throws Exception {
        java.util.List<cn.kaohe.rules.Ruleset.RuleFile> older = new java.util.ArrayList<>();
        for (var f : live.current().files()) {
            older.add(f.path().equals(WARNINGS) ? new cn.kaohe.rules.Ruleset.RuleFile(f.path(), "// 甲的修改\n" + f.content()) : f);
        }
        long stale = candidates.propose("测试：甲的修改", older, "zhengce-jia").id();
        edit(WARNINGS, "// 预警：", "// 预警（乙的修改）：");
        assertThat(publisher.reload("zhengce-yi").published()).isTrue();

        mvc.perform(post("/api/rules/candidates/{id}/publish", stale).with(policy()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("为免覆盖其间发布的修改")));
        assertThat(Files.readString(live.dir().resolve(WARNINGS), StandardCharsets.UTF_8)).contains("乙的修改").doesNotContain("甲的修改");
        assertThat(body(mvc.perform(get("/rules/candidates/{id}", stale).with(policy())).andReturn()))
                .contains("不能再发布").doesNotContain("id=\"publish\"");
    }
}
