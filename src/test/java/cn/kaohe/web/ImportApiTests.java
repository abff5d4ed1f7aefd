package cn.kaohe.web;

import static cn.kaohe.web.WebApi.body;
import static cn.kaohe.web.WebApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Importing a period's figures through the API: preview, refusal by row and column, versions, workbooks. */
@WebTest
class ImportApiTests {

    private static final String H1 = "2023年1-6月";

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor assessor() {
        return user("importer").roles("ASSESSOR");
    }

    MvcResult upload(String name, byte[] bytes, String... params) throws Exception {
        var request = WebApi.upload(name, bytes).with(assessor()).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    static long dataRows(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).count();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> versions(String label) throws Exception {
        return (List<Map<String, Object>>) WebApi.period(mvc, label).get("versions");
    }

    @Test
    void aPreviewReportsThePeriodAndCountAndStoresNothing() throws Exception {
        byte[] sample = WebApi.sample("2023-h1.csv");
        int periodsBefore = WebApi.periods(mvc).size();
        int versionsBefore = versions(H1).size();

        MvcResult r = upload("2023-h1.csv", sample, "preview", "true");

        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat((String) read(r, "$.period")).isEqualTo(H1);
        assertThat(((Number) read(r, "$.figures")).longValue()).isEqualTo(dataRows(sample)).isEqualTo(126);
        assertThat((Boolean) read(r, "$.saved")).isFalse();
        assertThat(((Number) read(r, "$.subjects['河津开发区']")).intValue()).isEqualTo(7);
        assertThat((List<?>) read(r, "$.problems")).isEmpty();
        assertThat(WebApi.periods(mvc)).hasSize(periodsBefore);
        assertThat(versions(H1)).hasSize(versionsBefore);
    }

    @Test
    void aPreviewOfANewPeriodCreatesNoPeriod() throws Exception {
        MvcResult r = upload("2021-q1.csv", WebApi.utf8("""
                考核期,对象,指标,数值,上年同期
                2021年一季度,河津开发区,规上工业增加值,20.5,18.1
                """), "preview", "true");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat((String) read(r, "$.period")).isEqualTo("2021年1-3月");
        assertThat(WebApi.periods(mvc)).noneMatch(p -> "2021年1-3月".equals(p.get("period")));
    }

    @Test
    void aFileWithBadRowsIsRefusedRowByRowInChinese() throws Exception {
        int periodsBefore = WebApi.periods(mvc).size();
        MvcResult r = upload("bad.csv", WebApi.utf8("""
                考核期,对象,指标,数值,上年同期,备注
                2024年1-3月,河津开发区,规上工业增加值增速,15.2%,,
                2024年1-3月,火星开发区,规上工业增加值增速,15.2%,,
                2024年1-3月,河津开发区,工业投资,一百亿,,
                """));

        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(422);
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat((String) read(r, "$.message")).isEqualTo("数据文件 bad.csv 有2处错误，未导入任何数据");
        List<Map<String, Object>> problems = read(r, "$.problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).containsEntry("row", 3).containsEntry("column", "对象").containsEntry("value", "火星开发区");
        assertThat((String) problems.get(0).get("reason")).startsWith("开发区名录中没有这个对象");
        assertThat((String) problems.get(0).get("text")).startsWith("第3行“对象”列（火星开发区）：");
        assertThat(problems.get(1)).containsEntry("row", 4).containsEntry("column", "数值").containsEntry("value", "一百亿")
                .containsEntry("reason", "不是数字");
        assertThat(WebApi.periods(mvc)).as("被拒绝的文件什么都不保存").hasSize(periodsBefore)
                .noneMatch(p -> "2024年1-3月".equals(p.get("period")));
    }

    @Test
    void aBadHeaderIsRefusedToo() throws Exception {
        MvcResult r = upload("header.csv", WebApi.utf8("""
                考核期,对象,指标
                2024年1-3月,河津开发区,规上工业增加值增速
                """));
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(422);
        assertThat((List<Map<String, Object>>) read(r, "$.problems")).anySatisfy(p -> {
            assertThat(p).containsEntry("row", 1).containsEntry("column", "数值");
            assertThat((String) p.get("reason")).contains("缺少此列");
        });
    }

    @Test
    void anUploadWithoutAFileIsA400NamingTheField() throws Exception {
        MvcResult r = mvc.perform(multipart("/api/imports").with(assessor()).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(400);
        assertThat((String) read(r, "$.message")).isEqualTo("缺少上传的文件“file”");
        assertThat((String) read(r, "$.field")).isEqualTo("file");
    }

    @Test
    void reimportingAPeriodNeedsReplaceAndKeepsThePreviousVersion() throws Exception {
        byte[] sample = WebApi.sample("2023-h1.csv");
        List<Map<String, Object>> before = versions(H1);
        int active = before.stream().filter(v -> Boolean.TRUE.equals(v.get("active"))).map(v -> (Integer) v.get("version"))
                .findFirst().orElseThrow();

        MvcResult refused = upload("2023-h1.csv", sample);

        assertThat(refused.getResponse().getStatus()).as(body(refused)).isEqualTo(409);
        assertThat((String) read(refused, "$.message")).startsWith("考核期“2023年1-6月”已有第" + active + "版数据")
                .endsWith("如要替换，请确认替换；原数据保留为历史版本。");
        assertThat((String) read(refused, "$.field")).isEqualTo("replace");
        assertThat((Integer) read(refused, "$.version")).isEqualTo(active);
        assertThat(versions(H1)).as("没有确认替换时不保存").hasSize(before.size());

        MvcResult replaced = upload("2023-h1-修订.csv", sample, "replace", "true");

        assertThat(replaced.getResponse().getStatus()).as(body(replaced)).isEqualTo(201);
        int version = read(replaced, "$.version");
        assertThat(version).isEqualTo(before.stream().mapToInt(v -> (Integer) v.get("version")).max().orElseThrow() + 1);
        assertThat((String) read(replaced, "$.period")).isEqualTo(H1);
        assertThat((Integer) read(replaced, "$.figures")).isEqualTo(126);
        assertThat((Boolean) read(replaced, "$.saved")).isTrue();
        assertThat(((Number) read(replaced, "$.periodId")).longValue()).isEqualTo(WebApi.periodId(mvc, H1));

        List<Map<String, Object>> after = versions(H1);
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after).filteredOn(v -> Boolean.TRUE.equals(v.get("active"))).singleElement().satisfies(v -> {
            assertThat(v).containsEntry("version", version).containsEntry("source", "2023-h1-修订.csv")
                    .containsEntry("importedBy", "importer").containsEntry("figures", 126);
        });
        assertThat(after).filteredOn(v -> v.get("version").equals(active)).singleElement()
                .satisfies(v -> assertThat(v).containsEntry("active", false));
        assertThat(WebApi.period(mvc, H1)).containsEntry("state", "已导入");
    }

    @Test
    void aWorkbookBuiltInExcelIsAcceptedToo() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("数据");
            Object[][] rows = {
                    {"考核期", "对象", "指标", "数值", "上年同期"},
                    {"2022年1-6月", "河津开发区", "规上工业增加值", 90.5, 80.2},
                    {"2022年1-6月", "河津经开区", "工业投资", 30.25, null},
                    {"2022年1-6月", "新绛开发区", "规上工业增加值", 20.0, 18.5}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (rows[r][c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        MvcResult preview = upload("2022上半年.xlsx", xlsx, "preview", "true");
        assertThat(preview.getResponse().getStatus()).as(body(preview)).isEqualTo(200);
        assertThat((String) read(preview, "$.period")).isEqualTo("2022年1-6月");
        assertThat((Integer) read(preview, "$.figures")).isEqualTo(3);
        assertThat((Integer) read(preview, "$.subjects['河津开发区']")).as("别名“河津经开区”按标准名称计").isEqualTo(2);

        MvcResult stored = upload("2022上半年.xlsx", xlsx, "replace", "true");
        assertThat(stored.getResponse().getStatus()).as(body(stored)).isEqualTo(201);
        assertThat((Integer) read(stored, "$.figures")).isEqualTo(3);
        assertThat(versions("2022年1-6月")).filteredOn(v -> Boolean.TRUE.equals(v.get("active"))).singleElement()
                .satisfies(v -> assertThat(v).containsEntry("source", "2022上半年.xlsx").containsEntry("figures", 3));
    }

    @Test
    void aCsvSavedByExcelOnChineseWindowsIsReadAsGbk() throws Exception {
        byte[] gbk = """
                考核期,对象,指标,数值,上年同期
                2023年1-6月,河津开发区,规上工业增加值增速,１５．２%,
                """.getBytes(Charset.forName("GBK"));
        MvcResult r = upload("gbk.csv", gbk, "preview", "true");
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        assertThat((String) read(r, "$.period")).isEqualTo(H1);
        assertThat((Integer) read(r, "$.subjects['河津开发区']")).isEqualTo(1);
    }
}
