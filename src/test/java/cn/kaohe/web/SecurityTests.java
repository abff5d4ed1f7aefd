package cn.kaohe.web;

import static cn.kaohe.web.WebApi.body;
import static cn.kaohe.web.WebApi.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.kaohe.user.Role;
import cn.kaohe.user.UserService;

/** Who may open what: every role against the representative pages and actions, anonymous visitors, CSRF, initial passwords. */
@WebTest
class SecurityTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    static RequestPostProcessor as(Role role) {
        return user(role.name().toLowerCase() + "-user").roles(role.name());
    }

    /** A real user whose initial password has been replaced, so it may log in and work. */
    String readyUser(Role role, String password) {
        String name = "u" + NEXT.incrementAndGet() + "-" + role.name().toLowerCase();
        users.create("admin", name, "", "Initial123", Set.of(role));
        users.changePassword(name, "Initial123", password);
        return name;
    }

    long h1() throws Exception {
        return WebApi.periodId(mvc, "2023年1-6月");
    }

    long anyRectification() throws Exception {
        List<Integer> ids = read(mvc.perform(get("/api/rectifications").with(as(Role.VIEWER))).andReturn(), "$.items[*].id");
        assertThat(ids).as("样例考核期应当有整改事项").isNotEmpty();
        return ids.get(0);
    }

    // ---- pages every logged-in role may read -------------------------------------------------

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsThePages(Role role) throws Exception {
        mvc.perform(get("/periods").with(as(role))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2023年1-6月"))).andExpect(content().string(containsString("id=\"periods\"")));
        mvc.perform(get("/results").with(as(role))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")));
        mvc.perform(get("/rectifications").with(as(role))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rectifications\"")));
        mvc.perform(get("/bulletin").with(as(role))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2023年，朔州经济开发区规上工业增加值完成46亿元")));
        mvc.perform(get("/bulletin").param("period", String.valueOf(h1())).with(as(role))).andExpect(status().isOk())
                .andExpect(content().string(containsString("1-6月，运城市工业类开发区规上工业增加值完成251.06亿元")));
        mvc.perform(get("/zones/{name}", "河津开发区").with(as(role))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>河津开发区</h1>")))
                .andExpect(content().string(containsString("规上工业增加值增速")));
        mvc.perform(get("/parks").with(as(role))).andExpect(status().isOk())
                .andExpect(content().string(containsString("襄垣县化工园区")));
        mvc.perform(get("/api/periods").with(as(role))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].period", org.hamcrest.Matchers.hasItems("2023年1-6月", "2023年")));
    }

    // ---- assessor actions ------------------------------------------------------------------

    @Test
    void anAssessorMayPreviewAnImport() throws Exception {
        mvc.perform(WebApi.upload("2023-h1.csv", WebApi.sample("2023-h1.csv")).param("preview", "true").with(as(Role.ASSESSOR)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2023年1-6月"))
                .andExpect(jsonPath("$.saved").value(false));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VIEWER", "POLICY", "ADMIN"})
    void othersMayNotImport(Role role) throws Exception {
        int versions = versionsOfH1();
        expectForbiddenJson(mvc.perform(WebApi.upload("2023-h1.csv", WebApi.sample("2023-h1.csv")).param("replace", "true")
                .with(as(role)).with(csrf())).andReturn());
        expectForbiddenJson(mvc.perform(WebApi.upload("2023-h1.csv", WebApi.sample("2023-h1.csv")).param("preview", "true")
                .with(as(role)).with(csrf())).andReturn());
        assertThat(versionsOfH1()).as("拒绝的导入不应保存新版本").isEqualTo(versions);
    }

    private int versionsOfH1() throws Exception {
        return ((List<?>) WebApi.period(mvc, "2023年1-6月").get("versions")).size();
    }

    @Test
    void anAssessorMayEvaluate() throws Exception {
        Map<String, Object> job = WebApi.evaluate(mvc, h1(), "assessor-user");
        assertThat(job.get("error")).isNull();
        assertThat(job.get("run")).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VIEWER", "POLICY", "ADMIN"})
    void othersMayNotEvaluate(Role role) throws Exception {
        long id = h1();
        Object before = WebApi.period(mvc, "2023年1-6月").get("latestRun");
        expectForbiddenJson(mvc.perform(post("/api/periods/{id}/evaluations", id).with(as(role)).with(csrf())).andReturn());
        Thread.sleep(200);
        assertThat(WebApi.period(mvc, "2023年1-6月").get("latestRun")).as("拒绝的考核不应产生考核记录").isEqualTo(before);
    }

    @Test
    void anAssessorMayExport() throws Exception {
        mvc.perform(get("/api/periods/{id}/exports/results.xlsx", h1()).with(as(Role.ASSESSOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(ExportsApi.XLSX));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VIEWER", "POLICY", "ADMIN"})
    void othersMayNotExport(Role role) throws Exception {
        long id = h1();
        expectForbiddenJson(mvc.perform(get("/api/periods/{id}/exports/results.xlsx", id).with(as(role))).andReturn());
        expectForbiddenJson(mvc.perform(get("/api/periods/{id}/exports/bulletin.xlsx", id).with(as(role))).andReturn());
        expectForbiddenJson(mvc.perform(get("/api/rectifications/export.xlsx").with(as(role))).andReturn());
    }

    @Test
    void anAssessorMayChangeARectification() throws Exception {
        long id = anyRectification();
        String note = "已约谈 " + NEXT.incrementAndGet();
        mvc.perform(patch("/api/rectifications/{id}", id).with(as(Role.ASSESSOR)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"" + note + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value(note));
        mvc.perform(get("/api/admin/audit").with(as(Role.ADMIN)))
                .andExpect(jsonPath("$[?(@.user == 'assessor-user' && @.action == '整改状态')].detail", org.hamcrest.Matchers.hasItem(containsString("备注：" + note))));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VIEWER", "POLICY", "ADMIN"})
    void othersMayNotChangeARectification(Role role) throws Exception {
        long id = anyRectification();
        expectForbiddenJson(mvc.perform(patch("/api/rectifications/{id}", id).with(as(role)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"整改中\",\"note\":\"越权修改\"}")).andReturn());
        mvc.perform(get("/api/rectifications/{id}", id).with(as(Role.VIEWER)))
                .andExpect(jsonPath("$.note").value(org.hamcrest.Matchers.not("越权修改")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"VIEWER", "POLICY", "ADMIN"})
    void othersDoNotGetTheImportPage(Role role) throws Exception {
        mvc.perform(get("/import").with(as(role))).andExpect(status().isForbidden());
    }

    @Test
    void anAssessorGetsTheImportPage() throws Exception {
        mvc.perform(get("/import").with(as(Role.ASSESSOR))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"file\"")));
    }

    // ---- administrators only --------------------------------------------------------------

    @Test
    void anAdministratorSeesUsersAndTheAuditLog() throws Exception {
        mvc.perform(get("/admin/users").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("系统管理员")));
        mvc.perform(get("/admin/audit").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"audit\"")));
        mvc.perform(get("/api/admin/audit").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].action", org.hamcrest.Matchers.hasItem("导入数据")));
        mvc.perform(get("/api/admin/users").with(as(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", org.hamcrest.Matchers.hasItem("admin")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ASSESSOR", "VIEWER", "POLICY"})
    void othersSeeNeitherUsersNorTheAuditLog(Role role) throws Exception {
        mvc.perform(get("/admin/users").with(as(role))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as(role))).andExpect(status().isForbidden());
        expectForbiddenJson(mvc.perform(get("/api/admin/audit").with(as(role))).andReturn());
        expectForbiddenJson(mvc.perform(get("/api/admin/users").with(as(role))).andReturn());
    }

    @Test
    void anAdministratorCreatesAUserWhoMustThenChangeThePassword() throws Exception {
        String name = "newbie" + NEXT.incrementAndGet();
        mvc.perform(post("/admin/users").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("username", name).param("displayName", "新同事").param("password", "Welcome123").param("roles", "VIEWER"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/users"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("message", "已新建用户 " + name + "，首次登录时须修改密码"));
        mvc.perform(get("/api/admin/users").with(user("boss").roles("ADMIN")))
                .andExpect(jsonPath("$[?(@.username == '" + name + "')].mustChangePassword", org.hamcrest.Matchers.contains(true)))
                .andExpect(jsonPath("$[?(@.username == '" + name + "')].roles", org.hamcrest.Matchers.contains("查看")));
        mvc.perform(get("/api/admin/audit").with(user("boss").roles("ADMIN")))
                .andExpect(jsonPath("$[?(@.user == 'boss' && @.action == '用户管理')].detail", org.hamcrest.Matchers.hasItem("新建用户 " + name + "（查看）")));
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(name).password("Welcome123"))
                .andExpect(authenticated()).andReturn().getRequest().getSession(false);
        mvc.perform(get("/periods").session(session)).andExpect(redirectedUrl("/password"));

        // a weak password is refused with the reason
        mvc.perform(post("/admin/users").with(user("boss").roles("ADMIN")).with(csrf())
                        .param("username", name + "x").param("password", "weak").param("roles", "VIEWER"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("error", "密码至少8位，且须同时包含字母和数字"));
        assertThat(users.all()).noneMatch(u -> u.getUsername().equals(name + "x"));
    }

    @Test
    void anAssessorCannotCreateUsers() throws Exception {
        String name = "sneaky" + NEXT.incrementAndGet();
        mvc.perform(post("/admin/users").with(as(Role.ASSESSOR)).with(csrf())
                        .param("username", name).param("password", "Sneaky1234").param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(users.all()).noneMatch(u -> u.getUsername().equals(name));
    }

    // ---- anonymous visitors ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/", "/periods", "/results", "/rectifications", "/bulletin", "/zones/河津开发区", "/parks", "/import", "/admin/users",
            "/password"})
    void anonymousPagesGoToTheLoginPage(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/periods", "/api/rectifications", "/api/rectifications/completion", "/api/admin/audit", "/api/jobs/x",
            "/api/zones/河津开发区"})
    void anonymousApiRequestsGet401Json(String path) throws Exception {
        MvcResult r = mvc.perform(get(path)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat((String) read(r, "$.message")).isEqualTo("请先登录");
    }

    @Test
    void anAnonymousImportIsRefusedWith401() throws Exception {
        MvcResult r = mvc.perform(WebApi.upload("2023-h1.csv", WebApi.sample("2023-h1.csv")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(401);
        assertThat((String) read(r, "$.message")).isEqualTo("请先登录");
    }

    @Test
    void openWithoutLogin() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("开发区考核 · 登录")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.info.title").value("开发区考核 API"));
        mvc.perform(get("/assets/css/kaohe.css")).andExpect(status().isOk());
    }

    // ---- CSRF -----------------------------------------------------------------------------

    @Test
    void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
        long id = anyRectification();
        String note = "表单备注 " + NEXT.incrementAndGet();
        mvc.perform(post("/rectifications/{id}", id).with(as(Role.ASSESSOR)).param("note", note)).andExpect(status().isForbidden());
        mvc.perform(get("/api/rectifications/{id}", id).with(as(Role.VIEWER))).andExpect(jsonPath("$.note").value(org.hamcrest.Matchers.not(note)));

        mvc.perform(post("/rectifications/{id}", id).with(as(Role.ASSESSOR)).with(csrf()).param("note", note))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/rectifications/" + id));
        mvc.perform(get("/api/rectifications/{id}", id).with(as(Role.VIEWER))).andExpect(jsonPath("$.note").value(note));
    }

    @Test
    void anApiPostWithASessionButWithoutCsrfTokenIsRefused() throws Exception {
        MvcResult r = mvc.perform(WebApi.upload("2023-h1.csv", WebApi.sample("2023-h1.csv")).param("preview", "true").with(as(Role.ASSESSOR)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aBasicAuthApiPostNeedsNoCsrfToken() throws Exception {
        String name = readyUser(Role.ASSESSOR, "Basic4567");
        mvc.perform(WebApi.upload("2023-h1.csv", WebApi.sample("2023-h1.csv")).param("preview", "true").with(httpBasic(name, "Basic4567")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2023年1-6月"));
        long id = anyRectification();
        mvc.perform(patch("/api/rectifications/{id}", id).with(httpBasic(name, "Basic4567"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"接口备注\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("接口备注"));
    }

    @Test
    void basicAuthWithAWrongPasswordIsRefused() throws Exception {
        String name = readyUser(Role.ASSESSOR, "Basic4567");
        mvc.perform(get("/api/periods").with(httpBasic(name, "wrong-password1"))).andExpect(status().isUnauthorized());
    }

    @Test
    void basicAuthRolesAreChecked() throws Exception {
        String name = readyUser(Role.VIEWER, "Viewer4567");
        mvc.perform(get("/api/periods").with(httpBasic(name, "Viewer4567"))).andExpect(status().isOk());
        expectForbiddenJson(mvc.perform(WebApi.upload("2023-h1.csv", WebApi.sample("2023-h1.csv")).param("preview", "true")
                .with(httpBasic(name, "Viewer4567"))).andReturn());
    }

    // ---- logging in ------------------------------------------------------------------------

    @Test
    void aWrongPasswordGoesBackToTheLoginPageWithAnError() throws Exception {
        String name = readyUser(Role.VIEWER, "Right12345");
        mvc.perform(formLogin("/login").user(name).password("Wrong12345"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("用户名或密码错误")));
        mvc.perform(formLogin("/login").user("nobody-at-all").password("Wrong12345"))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void aRealUserLogsInAndSeesThePeriods() throws Exception {
        String name = readyUser(Role.VIEWER, "Right12345");
        MvcResult login = mvc.perform(formLogin("/login").user(name).password("Right12345"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/periods")).andExpect(authenticated().withUsername(name))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/periods").session(session)).andExpect(status().isOk()).andExpect(content().string(containsString(name)));
        mvc.perform(get("/import").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        String name = readyUser(Role.VIEWER, "Right12345");
        users.update("admin", name, Set.of(Role.VIEWER), false);
        mvc.perform(formLogin("/login").user(name).password("Right12345")).andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void anInitialPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String name = "fresh" + NEXT.incrementAndGet();
        users.create("admin", name, "新同事", "Initial123", Set.of(Role.ASSESSOR));

        MvcResult login = mvc.perform(formLogin("/login").user(name).password("Initial123")).andExpect(authenticated()).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

        for (String page : List.of("/periods", "/results", "/rectifications", "/import", "/zones/河津开发区")) {
            mvc.perform(get(page).session(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/password"));
        }
        MvcResult api = mvc.perform(get("/api/periods").session(session)).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(403);
        assertThat((String) read(api, "$.message")).contains("请先修改初始密码");
        MvcResult basic = mvc.perform(get("/api/periods").with(httpBasic(name, "Initial123"))).andReturn();
        assertThat(basic.getResponse().getStatus()).as("HTTP Basic 也不能绕过初始密码").isEqualTo(403);

        mvc.perform(get("/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("这是初始密码，请先修改密码再继续使用。")));

        // a change that does not count: the two new passwords differ
        mvc.perform(post("/password").session(session).with(csrf())
                        .param("current", "Initial123").param("proposed", "Changed456").param("repeated", "Changed457"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("两次输入的新密码不一致")));
        // nor does a weak one
        mvc.perform(post("/password").session(session).with(csrf())
                        .param("current", "Initial123").param("proposed", "short").param("repeated", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("密码至少8位")));
        mvc.perform(get("/periods").session(session)).andExpect(redirectedUrl("/password"));

        mvc.perform(post("/password").session(session).with(csrf())
                        .param("current", "Initial123").param("proposed", "Changed456").param("repeated", "Changed456"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/periods"));

        mvc.perform(get("/periods").session(session)).andExpect(status().isOk()).andExpect(content().string(containsString("2023年1-6月")));
        mvc.perform(get("/api/periods").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/periods").with(httpBasic(name, "Changed456"))).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(name).password("Initial123")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        String name = readyUser(Role.VIEWER, "Right12345");
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(name).password("Right12345")).andReturn()
                .getRequest().getSession(false);
        // as a browser sends it (without an Accept header, the HTTP Basic default answers 204 instead of redirecting)
        mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/periods").session(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    static void expectForbiddenJson(MvcResult r) {
        assertThat(r.getResponse().getStatus()).as(body(r)).isEqualTo(403);
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat((String) read(r, "$.message")).isEqualTo("没有权限执行此操作");
    }
}
