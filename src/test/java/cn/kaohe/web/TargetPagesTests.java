package cn.kaohe.web;

import static cn.kaohe.web.WebApi.body;
import static cn.kaohe.web.WebApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.kaohe.publish.Candidate;
import cn.kaohe.publish.Candidates;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.targets.TargetWorkbookRows;

/** The 目标表 pages and API: who may read, who may change, and what a change becomes. */
@WebTest
class TargetPagesTests {

    static final String PATH = "industrial/targets-2023.drl.csv";
    static final String HEJIN_14 = "2023年河津开发区规上工业增加值增速省定目标为14%,2023,河津开发区,规上工业增加值增速,14";

    @Autowired
    MockMvc mvc;

    @Autowired
    Candidates candidates;

    static RequestPostProcessor viewer() {
        return user("reader").roles("VIEWER");
    }

    static RequestPostProcessor policy() {
        return user("zhengce").roles("POLICY");
    }

    /** The live table's rows as the edit form posts them, with one cell changed: row (1-based), field, value. */
    MockHttpServletRequestBuilder form(int row, String field, String value, String... extraRow) throws Exception {
        List<Map<String, Object>> rows = rows();
        MockHttpServletRequestBuilder post = post("/rules/targets/edit").param("path", PATH).with(policy()).with(csrf());
        for (int i = 0; i < rows.size(); i++) {
            for (String f : List.of("kind", "year", "zoneType", "zone", "indicator", "value")) {
                post.param(f, i + 1 == row && f.equals(field) ? value : String.valueOf(rows.get(i).get(f)));
            }
        }
        if (extraRow.length > 0) {
            List<String> fields = List.of("kind", "year", "zoneType", "zone", "indicator", "value");
            for (int f = 0; f < fields.size(); f++) {
                post.param(fields.get(f), extraRow[f]);
            }
        }
        return post;
    }

    List<Map<String, Object>> rows() throws Exception {
        return read(mvc.perform(get("/api/rules/targets").with(viewer())).andReturn(), "$[?(@.path == '" + PATH + "')].rows[*]");
    }

    static String content(Candidate c) {
        return c.files().stream().filter(f -> f.path().equals(PATH)).map(Ruleset.RuleFile::content).findFirst().orElseThrow();
    }

    @Test
    void aViewerReadsTheTablesAndDownloadsThemButSeesNoEditing() throws Exception {
        MvcResult page = mvc.perform(get("/rules/targets").with(viewer())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page)).contains(PATH, "2023年河津开发区规上工业增加值增速省定目标为15%", "href=\"/rules/targets\"", "下载Excel")
                .doesNotContain("/rules/targets/edit").doesNotContain("/rules/targets/upload");

        MvcResult xlsx = mvc.perform(get("/rules/targets/xlsx").param("path", PATH).with(viewer())).andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        assertThat(xlsx.getResponse().getContentType()).isEqualTo(ExportsApi.XLSX.toString());
        assertThat(TargetWorkbookRows.read(xlsx.getResponse().getContentAsByteArray()).entries()).hasSize(10);

        assertThat(rows()).hasSize(10).anySatisfy(r -> assertThat(r).containsEntry("zone", "河津开发区").containsEntry("unit", "%")
                .containsEntry("rule", "2023年河津开发区规上工业增加值增速省定目标为15%"));
    }

    @Test
    void aViewerMayNotChangeATable() throws Exception {
        assertThat(mvc.perform(get("/rules/targets/edit").param("path", PATH).with(viewer())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/rules/targets/edit").param("path", PATH).param("kind", "省定通用").with(viewer()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult api = mvc.perform(post("/api/rules/targets").param("path", PATH).contentType(MediaType.APPLICATION_JSON).content("[]")
                .with(viewer()).with(csrf())).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat(WebApi.<String>read(api, "$.message")).isEqualTo("没有权限执行此操作");
    }

    @Test
    void aPolicyOfficerSeesTheEditFormWithEveryRow() throws Exception {
        MvcResult page = mvc.perform(get("/rules/targets").with(policy())).andReturn();
        assertThat(body(page)).contains("/rules/targets/edit?path=" + PATH, "/rules/targets/upload");
        String form = body(mvc.perform(get("/rules/targets/edit").param("path", PATH).with(policy())).andReturn());
        assertThat(form).contains("id=\"target-form\"", "value=\"河津开发区\"", "/assets/js/targets-", "2023年工业类开发区党建示例目标为80分");
    }

    @Test
    void hejinAt14PercentBecomesACandidateThatPasses() throws Exception {
        MvcResult r = mvc.perform(form(4, "value", "14")).andReturn();

        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(302);
        String url = WebApi.followRuleJob(mvc, r.getResponse().getRedirectedUrl());
        assertThat(url).matches("/rules/candidates/\\d+");
        Candidate c = candidates.find(Long.parseLong(url.substring(url.lastIndexOf('/') + 1))).orElseThrow();
        assertThat(c.source()).isEqualTo("目标表 " + PATH);
        assertThat(c.proposedBy()).isEqualTo("zhengce");
        assertThat(content(c)).contains(HEJIN_14);
        assertThat(c.report().problems()).as(c.report().summary()).isEmpty();
        assertThat(c.publishable()).isTrue();
    }

    @Test
    void aSecondDefaultIsShownBesideItsRowWithWhatWasEntered() throws Exception {
        MvcResult r = mvc.perform(form(4, "value", "14.5", "省定通用", "2023", "工业类", "", "规上工业增加值增速", "17")).andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(r)).contains("有1处问题，没有接受任何改动", "与第1行重复：2023年工业类开发区的规上工业增加值增速已有同类开发区通用目标",
                "value=\"14.5\"", "value=\"17\"", "2023年河津开发区规上工业增加值增速省定目标为14.5%");
    }

    @Test
    void noOtherRuleFileIsTakenFromTheWeb() throws Exception {
        MvcResult page = mvc.perform(post("/rules/targets/edit").param("path", "common/judging.drl").param("kind", "省定通用")
                .with(policy()).with(csrf())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(page)).contains("不是可以在网页上修改的目标表");
        MvcResult api = mvc.perform(post("/api/rules/targets").param("path", "../rules/industrial/targets-2023.drl.csv")
                .contentType(MediaType.APPLICATION_JSON).content("[]").with(policy()).with(csrf())).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theApiRefusesBadRowsWith422AndEveryProblem() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>(rows());
        rows.set(3, new java.util.HashMap<>(rows.get(3)));
        rows.get(3).put("value", "十五");
        rows.get(4).put("zone", "运城市");
        String json = new tools.jackson.databind.ObjectMapper().writeValueAsString(rows);

        MvcResult r = mvc.perform(post("/api/rules/targets").param("path", PATH).contentType(MediaType.APPLICATION_JSON).content(json)
                .with(policy()).with(csrf())).andReturn();

        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(WebApi.<String>read(r, "$.message")).isEqualTo("目标表 " + PATH + " 有2处问题，没有接受任何改动");
        assertThat(WebApi.<List<String>>read(r, "$.problems[*].text")).containsExactly("第4行“目标值”：“十五”不是数字",
                "第5行“开发区”：“运城市”是合计，不是开发区，不能单独定目标");
    }

    @Test
    void anUploadedWorkbookWithABadCellIsExplainedAndAGoodOneBecomesACandidate() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/rules/targets/xlsx").param("path", PATH).with(policy())).andReturn().getResponse().getContentAsByteArray();
        byte[] bad = TargetWorkbookEdits.set(xlsx, 4, 5, "十五");
        MvcResult page = mvc.perform(multipart("/rules/targets/upload").file(new MockMultipartFile("file", "目标表.xlsx", ExportsApi.XLSX.toString(), bad))
                .param("path", PATH).with(policy()).with(csrf())).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(page)).contains("有1处问题，没有接受任何改动", "目标表 第5行“目标值”列：“十五”不是数字");

        byte[] good = TargetWorkbookEdits.set(xlsx, 4, 5, "14");
        MvcResult api = mvc.perform(multipart("/api/rules/targets/upload").file(new MockMultipartFile("file", "目标表.xlsx", ExportsApi.XLSX.toString(), good))
                .param("path", PATH).with(policy()).with(csrf())).andReturn();
        assertThat(api.getResponse().getStatus()).as(body(api)).isEqualTo(200);
        assertThat(WebApi.<Boolean>read(api, "$.passed")).as(body(api)).isTrue();
        long id = ((Number) WebApi.read(api, "$.candidate")).longValue();
        assertThat(WebApi.<String>read(api, "$.url")).isEqualTo("/rules/candidates/" + id);
        assertThat(content(candidates.find(id).orElseThrow())).contains(HEJIN_14);
    }
}
