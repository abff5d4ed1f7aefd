package cn.kaohe.web;

import static cn.kaohe.web.WebApi.body;
import static cn.kaohe.web.WebApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Evaluating a period through the API: the background job, the results and bulletin it stores, the workbooks, the audit log. */
@WebTest
class EvaluationApiTests {

    private static final String H1 = "2023年1-6月";

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor viewer() {
        return user("reader").roles("VIEWER");
    }

    static RequestPostProcessor assessor(String name) {
        return user(name).roles("ASSESSOR");
    }

    @Test
    void anEvaluationRunsInTheBackgroundAndReportsItsRun() throws Exception {
        long id = WebApi.periodId(mvc, H1);

        MvcResult started = mvc.perform(post("/api/periods/{id}/evaluations", id).with(assessor("kaohe-wang")).with(csrf())).andReturn();

        assertThat(started.getResponse().getStatus()).as(body(started)).isEqualTo(202);
        String job = read(started, "$.job");
        assertThat(job).isNotBlank();
        assertThat((String) read(started, "$.progress")).isEqualTo("/api/jobs/" + job);

        Map<String, Object> done = WebApi.awaitJob(mvc, job);
        assertThat(done).containsEntry("job", job).containsEntry("done", true).containsEntry("percent", 100).containsEntry("stage", "完成");
        assertThat(done.get("error")).isNull();
        assertThat(((Number) done.get("periodId")).longValue()).isEqualTo(id);
        long run = ((Number) done.get("run")).longValue();

        Map<String, Object> period = WebApi.period(mvc, H1);
        assertThat(period).containsEntry("state", "已考核");
        @SuppressWarnings("unchecked")
        Map<String, Object> latest = (Map<String, Object>) period.get("latestRun");
        assertThat(((Number) latest.get("run")).longValue()).isEqualTo(run);
        assertThat(latest).containsEntry("evaluatedBy", "kaohe-wang");
        assertThat((String) latest.get("ruleset")).hasSize(64);

        MvcResult results = mvc.perform(get("/api/periods/{id}/results", id).with(viewer())).andReturn();
        assertThat(((Number) read(results, "$.runId")).longValue()).isEqualTo(run);
        assertThat((String) read(results, "$.createdBy")).isEqualTo("kaohe-wang");
    }

    @Test
    void anEvaluationQuotesWhatTheLastEvaluationOfThePeriodTook() throws Exception {
        long id = WebApi.periodId(mvc, H1);
        Map<String, Object> first = WebApi.evaluate(mvc, id, "kaohe-wang");
        assertThat(first.get("error")).isNull();
        assertThat(((Number) first.get("seconds")).longValue()).isGreaterThanOrEqualTo(0);

        Map<String, Object> second = WebApi.evaluate(mvc, id, "kaohe-wang");

        assertThat((String) second.get("measured")).as("第二次考核引用第一次实测的用时，而不是估计")
                .matches("上次考核该考核期用时 \\d+\\.\\d 秒（\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}）");
    }

    @Test
    void anEvaluationOfAPeriodThatDoesNotExistEndsWithAChineseError() throws Exception {
        Map<String, Object> done = WebApi.evaluate(mvc, 987654321L, "kaohe-wang");
        assertThat(done.get("run")).isNull();
        assertThat(done).containsEntry("error", "没有编号为987654321的考核期");
    }

    @Test
    void anUnknownJobIsA400InChinese() throws Exception {
        MvcResult r = mvc.perform(get("/api/jobs/{job}", "no-such-job").with(viewer())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(r, "$.message")).isEqualTo("没有这个考核任务（可能已过期）");
    }

    @Test
    void theResultsHaveHejinsOwnTarget() throws Exception {
        long id = WebApi.periodId(mvc, H1);
        MvcResult r = mvc.perform(get("/api/periods/{id}/results", id).with(viewer())).andReturn();
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat((String) read(r, "$.period")).isEqualTo(H1);

        List<Map<String, Object>> hejin = read(r, "$.results[?(@.subject == '河津开发区' && @.indicator == '规上工业增加值增速')]");
        assertThat(hejin).singleElement().satisfies(x -> {
            assertThat(((Number) x.get("target")).doubleValue()).isEqualTo(15.0);
            assertThat(x).containsEntry("passed", true).containsEntry("city", "运城市").containsEntry("basis", "省定")
                    .containsEntry("rule", "2023年河津开发区规上工业增加值增速省定目标为15%");
            assertThat((String) x.get("statement")).isEqualTo("达到省定15%目标值");
        });
        List<Map<String, Object>> xinjiang = read(r, "$.results[?(@.subject == '新绛开发区' && @.indicator == '规上工业增加值增速')]");
        assertThat(xinjiang).singleElement().satisfies(x -> assertThat(((Number) x.get("target")).doubleValue()).isEqualTo(16.0));
        assertThat((List<?>) read(r, "$.standings")).isNotEmpty();
        assertThat((List<?>) read(r, "$.rectifications")).isNotEmpty();
    }

    @Test
    void resultsCanBeNarrowedToACity() throws Exception {
        long id = WebApi.periodId(mvc, H1);
        MvcResult r = mvc.perform(get("/api/periods/{id}/results", id).param("city", "晋城市").with(viewer())).andReturn();
        List<String> subjects = read(r, "$.results[*].subject");
        assertThat(subjects).isNotEmpty().doesNotContain("河津开发区", "新绛开发区");
        List<String> cities = read(r, "$.results[*].city");
        assertThat(cities).containsOnly("晋城市");
    }

    @Test
    void resultsOfAPeriodNeverEvaluatedAreA400InChinese() throws Exception {
        MvcResult r = mvc.perform(get("/api/periods/{id}/results", 987654321L).with(viewer())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(r, "$.message")).isEqualTo("该考核期还没有考核结果");
    }

    @Test
    void theBulletinHasTheCityParagraph() throws Exception {
        long id = WebApi.periodId(mvc, H1);
        MvcResult r = mvc.perform(get("/api/periods/{id}/bulletin", id).with(viewer())).andReturn();
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        List<String> city = read(r, "$[?(@.subject == '运城市工业类开发区')].text");
        assertThat(city).singleElement().asString()
                .startsWith("1-6月，运城市工业类开发区规上工业增加值完成251.06亿元")
                .contains("同比增长13.97%");
    }

    @Test
    void theResultsExportIsAWorkbook() throws Exception {
        long id = WebApi.periodId(mvc, H1);
        MvcResult r = mvc.perform(get("/api/periods/{id}/exports/results.xlsx", id).with(assessor("kaohe-zhao"))).andReturn();

        expectWorkbook(r, H1 + "考核结果.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheet("考核结果")).isNotNull();
            assertThat(wb.getSheet("总分排名")).isNotNull();
            assertThat(rows(wb.getSheet("考核结果"))).anySatisfy(row -> assertThat(row).contains("河津开发区", "规上工业增加值增速", "达标"));
            assertThat(rows(wb.getSheet("考核结果"))).anySatisfy(row -> assertThat(row).contains("未达标"));
        }
    }

    @Test
    void theBulletinAndRectificationExportsAreWorkbooks() throws Exception {
        long id = WebApi.periodId(mvc, H1);
        MvcResult bulletin = mvc.perform(get("/api/periods/{id}/exports/bulletin.xlsx", id).with(assessor("kaohe-zhao"))).andReturn();
        expectWorkbook(bulletin, H1 + "通报.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bulletin.getResponse().getContentAsByteArray()))) {
            assertThat(rows(wb.getSheetAt(0))).anySatisfy(row -> assertThat(row)
                    .anySatisfy(cell -> assertThat(cell).startsWith("1-6月，运城市工业类开发区规上工业增加值完成251.06亿元")));
        }

        MvcResult list = mvc.perform(get("/api/rectifications/export.xlsx").with(assessor("kaohe-zhao"))).andReturn();
        expectWorkbook(list, "整改清单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(list.getResponse().getContentAsByteArray()))) {
            assertThat(wb.getSheet("整改清单")).isNotNull();
            assertThat(rows(wb.getSheet("整改清单"))).anySatisfy(row -> assertThat(row).contains(H1, "待整改"));
        }
    }

    @Test
    void theAuditLogRecordsImportEvaluationAndExportWithTheUser() throws Exception {
        String who = "kaohe-audit";
        MvcResult imported = mvc.perform(WebApi.upload("2023-h1.csv", WebApi.sample("2023-h1.csv")).param("replace", "true")
                .with(assessor(who)).with(csrf())).andReturn();
        assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(201);
        long id = ((Number) read(imported, "$.periodId")).longValue();
        int version = read(imported, "$.version");
        Map<String, Object> job = WebApi.evaluate(mvc, id, who);
        assertThat(job.get("error")).isNull();
        mvc.perform(get("/api/periods/{id}/exports/results.xlsx", id).with(assessor(who))).andReturn();

        MvcResult audit = mvc.perform(get("/api/admin/audit").param("limit", "100").with(user("boss").roles("ADMIN"))).andReturn();
        assertThat(audit.getResponse().getStatus()).as(body(audit)).isEqualTo(200);
        List<Map<String, Object>> mine = read(audit, "$[?(@.user == '" + who + "')]");
        assertThat(mine).anySatisfy(e -> {
            assertThat(e).containsEntry("action", "导入数据");
            assertThat((String) e.get("detail")).startsWith("考核期 2023年1-6月 导入第" + version + "版数据（2023-h1.csv，126条），替换第");
        });
        assertThat(mine).anySatisfy(e -> {
            assertThat(e).containsEntry("action", "执行考核");
            assertThat((String) e.get("detail")).startsWith("考核期 2023年1-6月 第" + version + "版数据").endsWith("考核记录 " + job.get("run"));
        });
        assertThat(mine).anySatisfy(e -> {
            assertThat(e).containsEntry("action", "导出");
            assertThat((String) e.get("detail")).isEqualTo("导出考核期 2023年1-6月 的考核结果");
        });
        assertThat(mine).allSatisfy(e -> assertThat(e.get("at")).isNotNull());
        // newest first: the export came last
        assertThat(mine.get(0)).containsEntry("action", "导出");
    }

    static void expectWorkbook(MvcResult r, String fileName) {
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String disposition = r.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;")
                .contains("filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        byte[] bytes = r.getResponse().getContentAsByteArray();
        assertThat(bytes).hasSizeGreaterThan(1000);
        assertThat(new String(bytes, 0, 2, StandardCharsets.ISO_8859_1)).as("XLSX 是 zip 文件").isEqualTo("PK");
    }

    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : String.valueOf(cell));
            }
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void anEvaluatedPeriodCanBePublishedButAPeriodNeverEvaluatedCannot() throws Exception {
        long annual = WebApi.periodId(mvc, "2023年");
        MvcResult published = mvc.perform(post("/api/periods/{id}/publication", annual).with(assessor("kaohe-chen")).with(csrf())).andReturn();
        assertThat(published.getResponse().getStatus()).as(body(published)).isEqualTo(200);
        assertThat((String) read(published, "$.state")).isEqualTo("已发布");
        assertThat((String) read(published, "$.publishedBy")).isEqualTo("kaohe-chen");
        assertThat((String) read(published, "$.publishedAt")).isNotBlank();

        MvcResult imported = mvc.perform(WebApi.upload("2020q3.csv", WebApi.utf8("""
                考核期,对象,指标,数值
                2020年1-9月,河津开发区,规上工业增加值增速,12%
                """)).param("replace", "true").with(assessor("kaohe-chen")).with(csrf())).andReturn();
        assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(201);
        long fresh = ((Number) read(imported, "$.periodId")).longValue();
        MvcResult refused = mvc.perform(post("/api/periods/{id}/publication", fresh).with(assessor("kaohe-chen")).with(csrf())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(refused, "$.message")).isEqualTo("考核期“2020年1-9月”还没有考核，不能发布");

        MvcResult viewer = mvc.perform(post("/api/periods/{id}/publication", annual).with(viewer()).with(csrf())).andReturn();
        assertThat(viewer.getResponse().getStatus()).isEqualTo(403);
    }
}
