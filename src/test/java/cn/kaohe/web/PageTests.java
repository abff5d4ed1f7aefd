package cn.kaohe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the pages show each role. */
@WebTest
class PageTests {

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor viewer() {
        return user("reader").roles("VIEWER");
    }

    String page(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aViewerSeesTheResultsTableWithPassedAndFailedCellsButNoExport() throws Exception {
        long h1 = WebApi.periodId(mvc, "2023年1-6月");
        String html = page(mvc.perform(get("/results").param("period", String.valueOf(h1)).with(viewer())).andReturn());

        assertThat(html).contains("<table id=\"results\">");
        assertThat(html).contains("<span class=\"target\">达标</span>").contains("<span class=\"target\">未达标</span>");
        assertThat(html).contains("class=\"cell num pass\"").contains("class=\"cell num fail\"");
        assertThat(html).contains(">河津开发区</a>").contains("目标 15%").contains("目标 16%");
        assertThat(html).as("查看角色不应看到导出链接").doesNotContain("id=\"export\"").doesNotContain("/exports/results.xlsx");
        assertThat(html).as("查看角色的菜单中没有导入数据").doesNotContain("href=\"/import\"");
    }

    @Test
    void anAssessorSeesTheExportLink() throws Exception {
        long h1 = WebApi.periodId(mvc, "2023年1-6月");
        String html = page(mvc.perform(get("/results").param("period", String.valueOf(h1)).with(user("kaohe").roles("ASSESSOR"))).andReturn());
        assertThat(html).contains("id=\"export\"").contains("/api/periods/" + h1 + "/exports/results.xlsx");
    }

    @Test
    void theResultsDefaultToTheLatestEvaluatedPeriod() throws Exception {
        String html = page(mvc.perform(get("/results").with(viewer())).andReturn());
        assertThat(html).contains("<table id=\"results\">").contains(">朔州经济开发区</a>");
    }

    @Test
    void aViewerIsRefusedTheImportPage() throws Exception {
        MvcResult r = mvc.perform(get("/import").with(viewer())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aViewerSeesTheRectificationListWithoutTheForms() throws Exception {
        String html = page(mvc.perform(get("/rectifications").with(viewer())).andReturn());
        assertThat(html).contains("<table id=\"rectifications\">").contains("待整改").contains("按城市的完成率");
        // the completion tables per city and per zone have rows
        assertThat(html).contains("<td>运城市</td>").contains("<td>河津开发区</td>");
        assertThat(html).doesNotContain("<th>处理</th>").doesNotContain("name=\"status\"><option value=\"待整改\"");
    }

    @Test
    void anUnknownZoneIsExplainedInChinese() throws Exception {
        MvcResult r = mvc.perform(get("/zones/{name}", "河津开发").with(viewer())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("开发区名录中没有“河津开发”").contains("河津开发区");
    }

    @Test
    void aZonePageShowsItsResultsAcrossPeriods() throws Exception {
        String html = page(mvc.perform(get("/zones/{name}", "河津开发区").with(viewer())).andReturn());
        assertThat(html).contains("<h1>河津开发区</h1>").contains("2023年1-6月").contains("达到省定15%目标值");
    }

    @Test
    void anAssessorChecksAFileThenSavesIt() throws Exception {
        RequestPostProcessor assessor = user("kaohe-page").roles("ASSESSOR");
        MockHttpSession session = new MockHttpSession();
        byte[] csv = WebApi.utf8("""
                考核期,对象,指标,数值,上年同期
                2021年1-6月,河津开发区,规上工业增加值,80.1,70.2
                2021年1-6月,新绛经开区,规上工业增加值,20.3,
                """);

        String preview = page(mvc.perform(multipart("/import/preview").file(new MockMultipartFile("file", "2021上半年.csv", "text/csv", csv))
                .session(session).with(assessor).with(csrf())).andReturn());
        assertThat(preview).contains("检查通过：考核期 <strong>2021年1-6月</strong>，共 <strong>2</strong> 条数据")
                .contains("<td>新绛开发区</td>").doesNotContain("确认替换");
        String token = preview.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        assertThat(WebApi.periods(mvc)).as("检查时不保存").noneMatch(p -> "2021年1-6月".equals(p.get("period")));

        mvc.perform(post("/import/save").param("token", token).session(session).with(assessor).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/periods"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "已保存考核期“2021年1-6月”第1版数据，共2条。"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> versions = (List<Map<String, Object>>) WebApi.period(mvc, "2021年1-6月").get("versions");
        assertThat(versions).singleElement().satisfies(v -> assertThat(v).containsEntry("importedBy", "kaohe-page").containsEntry("figures", 2));

        // the same token cannot be saved twice
        mvc.perform(post("/import/save").param("token", token).session(session).with(assessor).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/import"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error", "预览已过期，请重新上传文件"));
    }

    @Test
    void aBadFileIsListedRowByRowOnTheImportPage() throws Exception {
        byte[] csv = WebApi.utf8("""
                考核期,对象,指标,数值
                2021年1-6月,火星开发区,规上工业增加值,80.1
                """);
        String html = page(mvc.perform(multipart("/import/preview").file(new MockMultipartFile("file", "坏文件.csv", "text/csv", csv))
                .with(user("kaohe-page").roles("ASSESSOR")).with(csrf())).andReturn());
        assertThat(html).contains("文件 坏文件.csv 有1处错误，未导入任何数据。").contains("id=\"problems\"")
                .contains("<td class=\"num\">第2行</td>").contains("<td>对象</td>").contains("<td>火星开发区</td>")
                .contains("开发区名录中没有这个对象");
    }

    @Test
    void anEmptyFileIsNamedNotMistakenForNoFile() throws Exception {
        String html = page(mvc.perform(multipart("/import/preview").file(new MockMultipartFile("file", "空文件.csv", "text/csv", new byte[0]))
                .with(user("kaohe-page").roles("ASSESSOR")).with(csrf())).andReturn());
        assertThat(html).contains("文件“空文件.csv”是空的（0字节）：应有表头和数据行").doesNotContain("请选择要导入的文件");
    }

    @Test
    void reimportingAnExistingPeriodOnThePageAsksToConfirmReplacing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        RequestPostProcessor assessor = user("kaohe-page").roles("ASSESSOR");
        String preview = page(mvc.perform(multipart("/import/preview")
                .file(new MockMultipartFile("file", "2023-annual.csv", "text/csv", WebApi.sample("2023-annual.csv")))
                .session(session).with(assessor).with(csrf())).andReturn());
        assertThat(preview).contains("考核期“<span>2023年</span>”已有第").contains("确认替换");
        String token = preview.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        int before = ((List<?>) WebApi.period(mvc, "2023年").get("versions")).size();

        mvc.perform(post("/import/save").param("token", token).session(session).with(assessor).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/periods"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", org.hamcrest.Matchers.startsWith("考核期“2023年”已有第")));
        assertThat((List<?>) WebApi.period(mvc, "2023年").get("versions")).as("没有确认替换时不保存").hasSize(before);
    }

    @Test
    void evaluatingFromThePeriodsPageShowsTheProgressPage() throws Exception {
        long id = WebApi.periodId(mvc, "2023年");
        MvcResult started = mvc.perform(post("/periods/{id}/evaluate", id).with(user("kaohe-page").roles("ASSESSOR")).with(csrf())).andReturn();
        assertThat(started.getResponse().getStatus()).isEqualTo(302);
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/jobs/");
        String html = page(mvc.perform(get(location).with(viewer())).andReturn());
        assertThat(html).contains("<h1>正在考核</h1>").contains("id=\"stage\"");
        Map<String, Object> done = WebApi.awaitJob(mvc, location.substring("/jobs/".length()));
        assertThat(done.get("error")).isNull();
    }
}
