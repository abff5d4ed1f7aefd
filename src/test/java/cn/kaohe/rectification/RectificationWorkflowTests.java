package cn.kaohe.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * The rectification list through the API, on a database of its own without the samples: a failed
 * indicator raises an item, officials move it along, deadlines pass, and a later period in which the
 * indicator passes closes it. Each test works on a zone of its own.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:kaohe-rectification-tests;DB_CLOSE_DELAY=-1",
        "kaohe.samples-dir=target/no-samples-here"})
@AutoConfigureMockMvc
class RectificationWorkflowTests {

    private static final String GROWTH = "规上工业增加值增速";

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor assessor(String name) {
        return user(name).roles("ASSESSOR");
    }

    static RequestPostProcessor viewer() {
        return user("reader").roles("VIEWER");
    }

    static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static <T> T read(MvcResult r, String path) throws Exception {
        return JsonPath.read(body(r), path);
    }

    /** Imports (replacing what the period had) and evaluates one zone's growth figure; returns the run. */
    long importAndEvaluate(String period, String zone, String growth) throws Exception {
        String csv = "考核期,对象,指标,数值\n" + period + "," + zone + "," + GROWTH + "," + growth + "\n";
        MvcResult imported = mvc.perform(multipart("/api/imports")
                        .file(new MockMultipartFile("file", zone + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("replace", "true").with(assessor("kaohe-import")).with(csrf()))
                .andReturn();
        assertThat(imported.getResponse().getStatus()).as(body(imported)).isEqualTo(201);
        long periodId = ((Number) read(imported, "$.periodId")).longValue();

        MvcResult started = mvc.perform(post("/api/periods/{id}/evaluations", periodId).with(assessor("kaohe-import")).with(csrf())).andReturn();
        assertThat(started.getResponse().getStatus()).as(body(started)).isEqualTo(202);
        String job = read(started, "$.job");
        for (int i = 0; i < 100; i++) {
            MvcResult state = mvc.perform(get("/api/jobs/{job}", job).with(viewer())).andReturn();
            if (Boolean.TRUE.equals(read(state, "$.done"))) {
                assertThat((Object) read(state, "$.error")).as(body(state)).isNull();
                return ((Number) read(state, "$.run")).longValue();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("考核 " + period + " 10秒内没有完成");
    }

    List<Map<String, Object>> items(String zone) throws Exception {
        return read(mvc.perform(get("/api/rectifications").param("subject", zone).with(viewer())).andReturn(), "$.items");
    }

    Map<String, Object> onlyItem(String zone) throws Exception {
        List<Map<String, Object>> items = items(zone);
        assertThat(items).as(zone + "的整改事项").hasSize(1);
        return items.get(0);
    }

    Map<String, Object> item(long id) throws Exception {
        MvcResult r = mvc.perform(get("/api/rectifications/{id}", id).with(viewer())).andReturn();
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(200);
        return read(r, "$");
    }

    MvcResult change(long id, String user, String json) throws Exception {
        return mvc.perform(patch("/api/rectifications/{id}", id).with(assessor(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    static long id(Map<String, Object> item) {
        return ((Number) item.get("id")).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> history(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("history");
    }

    Map<String, Object> completion(String group, String name) throws Exception {
        List<Map<String, Object>> rows = read(mvc.perform(get("/api/rectifications/completion").with(viewer())).andReturn(), "$['" + group + "']");
        return rows.stream().filter(r -> name.equals(r.get("name"))).findFirst().orElse(Map.of("total", 0, "done", 0, "overdue", 0));
    }

    static int count(Map<String, Object> completion, String key) {
        return ((Number) completion.get(key)).intValue();
    }

    @Test
    void aFailedIndicatorRaisesAnOpenItemWithADefaultDeadline() throws Exception {
        LocalDate earliest = LocalDate.now().plusDays(30);
        importAndEvaluate("2023年1-6月", "稷山开发区", "15.0%");
        LocalDate latest = LocalDate.now().plusDays(30);

        Map<String, Object> item = onlyItem("稷山开发区");
        assertThat(item).containsEntry("indicator", GROWTH).containsEntry("status", "待整改").containsEntry("period", "2023年1-6月")
                .containsEntry("overdue", false).containsEntry("updatedBy", "系统");
        assertThat((String) item.get("text")).contains("15%").contains("未达到省定16%目标值").contains("差1.0个百分点");
        assertThat(LocalDate.parse((String) item.get("deadline"))).isBetween(earliest, latest);
        assertThat(history(item(id(item)))).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("status", "待整改").containsEntry("by", "系统");
            assertThat((String) h.get("note")).contains("2023年1-6月").contains("未达标");
        });
        assertThat(completion("对象", "稷山开发区")).containsEntry("total", 1).containsEntry("done", 0);
    }

    @Test
    void officialsMoveAnItemFromOpenToInProgressToDoneAndTheHistorySaysWhoAndWhen() throws Exception {
        importAndEvaluate("2023年1-6月", "绛县开发区", "14.1%");
        long id = id(onlyItem("绛县开发区"));

        MvcResult started = change(id, "zhangsan", "{\"status\":\"整改中\",\"note\":\"已制定整改方案\"}");
        assertThat(started.getResponse().getStatus()).as(body(started)).isEqualTo(200);
        assertThat((String) read(started, "$.status")).isEqualTo("整改中");
        assertThat((String) read(started, "$.updatedBy")).isEqualTo("zhangsan");
        assertThat((String) read(started, "$.note")).isEqualTo("已制定整改方案");

        MvcResult finished = change(id, "lisi", "{\"status\":\"已整改\",\"note\":\"三季度增速回升\"}");
        assertThat(finished.getResponse().getStatus()).as(body(finished)).isEqualTo(200);
        assertThat((String) read(finished, "$.status")).isEqualTo("已整改");
        assertThat((String) read(finished, "$.updatedBy")).isEqualTo("lisi");
        assertThat((Boolean) read(finished, "$.overdue")).isFalse();

        List<Map<String, Object>> history = history(item(id));
        assertThat(history).extracting(h -> h.get("status")).containsExactly("待整改", "整改中", "已整改");
        assertThat(history).extracting(h -> h.get("by")).containsExactly("系统", "zhangsan", "lisi");
        assertThat(history).extracting(h -> h.get("note")).endsWith("已制定整改方案", "三季度增速回升");
        List<OffsetDateTime> at = history.stream().map(h -> OffsetDateTime.parse((String) h.get("at"))).toList();
        assertThat(at).isSorted().allSatisfy(t -> assertThat(t).isBefore(OffsetDateTime.now().plusSeconds(1)));

        MvcResult back = change(id, "zhangsan", "{\"status\":\"待整改\"}");
        assertThat(back.getResponse().getStatus()).as(body(back)).isEqualTo(400);
        assertThat(back.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat((String) read(back, "$.message")).isEqualTo("整改事项不能从“已整改”改为“待整改”（流程为 待整改 → 整改中 → 已整改）");
        assertThat(item(id)).containsEntry("status", "已整改");
        assertThat(history(item(id))).hasSize(3);

        MvcResult unknown = change(id, "zhangsan", "{\"status\":\"差不多了\"}");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(unknown, "$.message")).startsWith("整改事项不能从“已整改”改为“差不多了”");

        MvcResult reopened = change(id, "wangwu", "{\"status\":\"整改中\",\"note\":\"误关闭，重新整改\"}");
        assertThat(reopened.getResponse().getStatus()).as("误关闭的事项可以退回整改中").isEqualTo(200);
        assertThat(history(item(id))).extracting(h -> h.get("by")).containsExactly("系统", "zhangsan", "lisi", "wangwu");

        MvcResult audit = mvc.perform(get("/api/admin/audit").with(user("boss").roles("ADMIN"))).andReturn();
        List<String> details = read(audit, "$[?(@.user == 'zhangsan' && @.action == '整改状态')].detail");
        assertThat(details).contains("绛县开发区“规上工业增加值增速”：状态改为整改中，备注：已制定整改方案");
    }

    @Test
    void aViewerCannotMoveAnItem() throws Exception {
        importAndEvaluate("2023年1-6月", "永济开发区", "12%");
        long id = id(onlyItem("永济开发区"));
        MvcResult refused = mvc.perform(patch("/api/rectifications/{id}", id).with(viewer()).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"整改中\"}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat((String) read(refused, "$.message")).isEqualTo("没有权限执行此操作");
        assertThat(item(id)).containsEntry("status", "待整改");
    }

    @Test
    void anItemPastItsDeadlineIsOverdue() throws Exception {
        importAndEvaluate("2023年1-6月", "闻喜开发区", "13.5%");
        long id = id(onlyItem("闻喜开发区"));
        int cityOverdue = count(completion("城市", "运城市"), "overdue");

        MvcResult late = change(id, "zhangsan", "{\"deadline\":\"2023-09-30\"}");

        assertThat(late.getResponse().getStatus()).as(body(late)).isEqualTo(200);
        assertThat((String) read(late, "$.deadline")).isEqualTo("2023-09-30");
        assertThat((Boolean) read(late, "$.overdue")).isTrue();
        List<Integer> overdue = read(mvc.perform(get("/api/rectifications").param("status", "逾期").with(viewer())).andReturn(), "$.items[*].id");
        assertThat(overdue).contains((int) id);
        assertThat(completion("对象", "闻喜开发区")).containsEntry("overdue", 1);
        assertThat(count(completion("城市", "运城市"), "overdue")).isEqualTo(cityOverdue + 1);

        MvcResult badDate = change(id, "zhangsan", "{\"deadline\":\"2023/09/30\"}");
        assertThat(badDate.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) read(badDate, "$.message")).isEqualTo("整改期限“2023/09/30”不是日期，应写作如 2023-09-30");

        MvcResult done = change(id, "zhangsan", "{\"status\":\"已整改\"}");
        assertThat((Boolean) read(done, "$.overdue")).as("已整改的事项不再逾期").isFalse();
    }

    @Test
    void aLaterPeriodInWhichTheIndicatorPassesClosesTheOpenItem() throws Exception {
        importAndEvaluate("2023年1-6月", "新绛开发区", "15.2%");
        Map<String, Object> open = onlyItem("新绛开发区");
        assertThat(open).containsEntry("status", "待整改").containsEntry("period", "2023年1-6月");
        assertThat((String) open.get("text")).isEqualTo("规上工业增加值增速15.2%，未达到省定16%目标值，差0.8个百分点");
        assertThat(completion("对象", "新绛开发区")).containsEntry("total", 1).containsEntry("done", 0);
        Map<String, Object> cityBefore = completion("城市", "运城市");

        importAndEvaluate("2023年", "新绛开发区", "16.5%");

        Map<String, Object> closed = item(id(open));
        assertThat(closed).containsEntry("status", "已整改").containsEntry("updatedBy", "系统").containsEntry("overdue", false);
        assertThat((String) closed.get("closedReason")).isEqualTo("考核期2023年该指标达标，自动关闭");
        assertThat(history(closed)).extracting(h -> h.get("status")).containsExactly("待整改", "已整改");
        assertThat(history(closed).get(1)).containsEntry("by", "系统").containsEntry("note", "考核期2023年该指标达标，自动关闭");
        assertThat(items("新绛开发区")).as("达标不产生新的整改事项").hasSize(1);

        Map<String, Object> zone = completion("对象", "新绛开发区");
        assertThat(zone).containsEntry("total", 1).containsEntry("done", 1);
        assertThat(((Number) zone.get("rate")).doubleValue()).isEqualTo(100.0);
        Map<String, Object> city = completion("城市", "运城市");
        assertThat(count(city, "total")).isEqualTo(count(cityBefore, "total"));
        assertThat(count(city, "done")).isEqualTo(count(cityBefore, "done") + 1);

        MvcResult zonePage = mvc.perform(get("/api/zones/{name}", "新绛开发区").with(viewer())).andReturn();
        List<String> statuses = read(zonePage, "$.rectifications[*].status");
        assertThat(statuses).containsExactly("已整改");
    }

    @Test
    void aLaterPeriodInWhichTheIndicatorStillFailsCarriesTheItemForward() throws Exception {
        importAndEvaluate("2023年1-6月", "盐湖高新区", "10%");
        long id = id(onlyItem("盐湖高新区"));
        assertThat(change(id, "zhangsan", "{\"status\":\"整改中\"}").getResponse().getStatus()).isEqualTo(200);

        importAndEvaluate("2023年", "盐湖高新区", "12.5%");

        Map<String, Object> carried = onlyItem("盐湖高新区");
        assertThat(id(carried)).as("仍是同一条整改事项").isEqualTo(id);
        assertThat(carried).containsEntry("period", "2023年").containsEntry("status", "整改中");
        assertThat((String) carried.get("text")).contains("12.5%").contains("差3.5个百分点");
    }
}
