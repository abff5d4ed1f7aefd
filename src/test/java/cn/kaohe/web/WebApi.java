package cn.kaohe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** What the web tests do over and over: read JSON, find a period, upload a file, run an evaluation to its end. */
final class WebApi {

    private WebApi() {
    }

    static String body(MvcResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(MvcResult result, String path) {
        return JsonPath.read(body(result), path);
    }

    static byte[] sample(String name) {
        try {
            return Files.readAllBytes(Path.of("data/samples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes) {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/imports");
        request.file(new MockMultipartFile("file", name, name.endsWith(".xlsx") ? ExportsApi.XLSX.toString() : "text/csv", bytes));
        return request;
    }

    /** GET /api/periods as a viewer. */
    static List<Map<String, Object>> periods(MockMvc mvc) throws Exception {
        return read(mvc.perform(get("/api/periods").with(user("reader").roles("VIEWER"))).andReturn(), "$");
    }

    static Map<String, Object> period(MockMvc mvc, String label) throws Exception {
        return periods(mvc).stream().filter(p -> label.equals(p.get("period"))).findFirst()
                .orElseThrow(() -> new AssertionError("考核期列表中没有 " + label));
    }

    static long periodId(MockMvc mvc, String label) throws Exception {
        return ((Number) period(mvc, label).get("id")).longValue();
    }

    /** Starts an evaluation through the API and waits for it (at most 100 × 100 ms); returns the job's final state. */
    static Map<String, Object> evaluate(MockMvc mvc, long periodId, String username) throws Exception {
        MvcResult started = mvc.perform(post("/api/periods/{id}/evaluations", periodId).with(user(username).roles("ASSESSOR")).with(csrf()))
                .andReturn();
        assertThat(started.getResponse().getStatus()).as(body(started)).isEqualTo(202);
        return awaitJob(mvc, read(started, "$.job"));
    }

    static Map<String, Object> awaitJob(MockMvc mvc, String job) throws Exception {
        for (int i = 0; i < 100; i++) {
            Map<String, Object> state = read(mvc.perform(get("/api/jobs/{job}", job).with(user("reader").roles("VIEWER"))).andReturn(), "$");
            if (Boolean.TRUE.equals(state.get("done"))) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("考核任务 " + job + " 10秒内没有完成");
    }

    /**
     * Follows a page's background rule check (redirected to /rules/jobs/{id}) until it is done, at most
     * two minutes (it compiles the rules and runs every scenario); returns the page it leads to.
     */
    static String followRuleJob(MockMvc mvc, String location) throws Exception {
        assertThat(location).as("检查在后台进行，先打开进度页").matches("/rules/jobs/[0-9a-f-]+");
        Map<String, Object> state = awaitRuleJob(mvc, location.substring("/rules/jobs/".length()));
        assertThat(state.get("error")).as("检查任务出错").isNull();
        return (String) state.get("next");
    }

    /**
     * Follows the what-if a candidate page started in the background (its progress card names the job) until it
     * is done; returns the job's final state.
     */
    static Map<String, Object> followImpact(MockMvc mvc, String candidatePage) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"impact-progress\" data-job=\"([0-9a-f-]+)\"").matcher(candidatePage);
        assertThat(m.find()).as("影响预览在后台进行，页面显示进度").isTrue();
        return awaitRuleJob(mvc, m.group(1));
    }

    /** Polls a rule job's progress JSON until it is done (at most two minutes); returns its final state. */
    static Map<String, Object> awaitRuleJob(MockMvc mvc, String job) throws Exception {
        for (int i = 0; i < 1200; i++) {
            Map<String, Object> state = read(mvc.perform(get("/api/rules/jobs/{job}", job).with(user("reader").roles("VIEWER"))).andReturn(), "$");
            if (Boolean.TRUE.equals(state.get("done"))) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("规则检查任务 " + job + " 两分钟内没有完成");
    }
}
