package cn.kaohe.web;

import static cn.kaohe.web.WebApi.body;
import static cn.kaohe.web.WebApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

import cn.kaohe.publish.Publisher;
import cn.kaohe.rules.LiveRuleset;

/**
 * The acceptance story, through the API: a policy officer changes 河津开发区's target in the
 * table, sees which results would flip, publishes without a restart, the period re-evaluated shows the
 * new target, and the officer rolls it back.
 */
@WebTest
class TargetChangeJourneyTests {

    private static final String TABLE = "industrial/targets-2023.drl.csv";
    private static final String H1 = "2023年1-6月";

    @Autowired
    MockMvc mvc;
    @Autowired
    LiveRuleset live;
    @Autowired
    Publisher publisher;

    private String original;

    static RequestPostProcessor policy() {
        return user("zhengce-li").roles("POLICY");
    }

    @AfterEach
    void restore() {
        if (original != null && !live.current().version().equals(original)) {
            publisher.rollback(original, "测试");
        }
    }

    private Map<String, Object> hejin(long period) throws Exception {
        List<Map<String, Object>> rows = read(mvc.perform(get("/api/periods/{id}/results", period).with(user("chakan").roles("VIEWER")))
                .andExpect(status().isOk()).andReturn(), "$.results[?(@.subject == '河津开发区' && @.indicator == '规上工业增加值增速')]");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void aTargetChangedInTheTableIsPreviewedPublishedSeenInNewResultsAndRolledBack() throws Exception {
        original = live.current().version();
        long period = WebApi.periodId(mvc, H1);
        WebApi.evaluate(mvc, period, "kaohe-zhao");
        assertThat(hejin(period)).containsEntry("passed", true);

        // 1. Change 河津开发区's 规上工业增加值增速 target from 15% to 16% in the table.
        List<Map<String, Object>> rows = read(mvc.perform(get("/api/rules/targets").with(policy())).andReturn(),
                "$[?(@.path == '" + TABLE + "')].rows[*]");
        List<Map<String, Object>> edited = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Map<String, Object> row = new LinkedHashMap<>(r);
            if ("河津开发区".equals(row.get("zone")) && "规上工业增加值增速".equals(row.get("indicator"))) {
                row.put("value", 16);
            }
            edited.add(row);
        }
        MvcResult proposed = mvc.perform(post("/api/rules/targets").param("path", TABLE).with(policy()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JsonMapper.builder().build().writeValueAsString(edited))).andReturn();
        assertThat(proposed.getResponse().getStatus()).as(body(proposed)).isEqualTo(200);
        Number candidate = read(proposed, "$.candidate");

        // 2. See which results would flip, before anything goes live.
        MvcResult impact = mvc.perform(get("/api/rules/candidates/{id}/impact", candidate).param("period", String.valueOf(period))
                .with(policy())).andExpect(status().isOk()).andReturn();
        List<Map<String, Object>> flips = read(impact, "$.periods[0].impact.flips[*]");
        assertThat(flips).anySatisfy(f -> assertThat(f).containsEntry("subject", "河津开发区").containsEntry("indicator", "规上工业增加值增速")
                .containsEntry("afterPassed", false));
        assertThat((String) read(impact, "$.summary")).contains("由达标变为未达标");
        assertThat(live.current().version()).as("nothing is live yet").isEqualTo(original);
        String page = body(mvc.perform(get("/rules/candidates/{id}", candidate).with(policy())).andReturn());
        if (page.contains("id=\"impact-progress\"")) {
            // the page compares every evaluated period in the background; it shows the impact once that is done
            assertThat(WebApi.followImpact(mvc, page)).containsEntry("error", null);
            page = body(mvc.perform(get("/rules/candidates/{id}", candidate).with(policy())).andReturn());
        }
        assertThat(page).contains("河津开发区", "由达标变为未达标", "industrial/targets-2023.drl.csv");

        // 3. Publish without a restart; the rules directory now holds the edited table.
        MvcResult published = mvc.perform(post("/api/rules/candidates/{id}/publish", candidate).with(policy()).with(csrf()))
                .andExpect(status().isOk()).andReturn();
        assertThat((Boolean) read(published, "$.published")).isTrue();
        assertThat(live.current().version()).isNotEqualTo(original);
        assertThat(Files.readString(live.dir().resolve(TABLE), StandardCharsets.UTF_8)).contains("2023年河津开发区规上工业增加值增速省定目标为16%");

        // 4. The period re-evaluated under the published rules shows the new target.
        WebApi.evaluate(mvc, period, "kaohe-zhao");
        Map<String, Object> after = hejin(period);
        assertThat(((Number) after.get("target")).intValue()).isEqualTo(16);
        assertThat(after).containsEntry("passed", false).containsEntry("rule", "2023年河津开发区规上工业增加值增速省定目标为16%");

        // 5. Roll back in one action: the old table is live and on disk again.
        mvc.perform(post("/api/rules/rollback").param("version", original).with(policy()).with(csrf())).andExpect(status().isOk());
        assertThat(live.current().version()).isEqualTo(original);
        assertThat(Files.readString(live.dir().resolve(TABLE), StandardCharsets.UTF_8)).contains("2023年河津开发区规上工业增加值增速省定目标为15%");
        WebApi.evaluate(mvc, period, "kaohe-zhao");
        assertThat(hejin(period)).containsEntry("passed", true);
    }
}
