package cn.kaohe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The chemical parks and user administration through the API. */
@WebTest
class ParksAndUsersApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void parksListTheSampleParkWithItsGradeAndTarget() throws Exception {
        MvcResult r = mvc.perform(get("/api/parks").with(user("reader").roles("VIEWER"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        List<Map<String, Object>> parks = WebApi.read(r, "$.items");
        assertThat(parks).anySatisfy(p -> {
            assertThat(p).containsEntry("subject", "襄垣县化工园区").containsEntry("grade", "C").containsEntry("targetGrade", "D")
                    .containsEntry("passed", false).containsEntry("period", "2023年1-6月");
        });
    }

    @Test
    void theParksPageShowsGradeTargetAndThatNoDeductionsWereReported() throws Exception {
        MvcResult r = mvc.perform(get("/parks").with(user("reader").roles("VIEWER"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("襄垣县化工园区", "77.5", "C级", "D级", "未达标", "未上报扣分明细");
    }

    @Test
    void anAdministratorCreatesAUserThroughTheApiAndBadRolesAreRefusedInChinese() throws Exception {
        MvcResult created = mvc.perform(post("/api/admin/users").with(user("boss").roles("ADMIN")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"zhaoliu\",\"displayName\":\"赵六\",\"password\":\"Start2024x\",\"roles\":[\"考核人员\",\"VIEWER\"]}"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(WebApi.<Boolean>read(created, "$.mustChangePassword")).isTrue();
        assertThat(WebApi.<String>read(created, "$.roles")).contains("考核人员", "查看");

        MvcResult bad = mvc.perform(post("/api/admin/users").with(user("boss").roles("ADMIN")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"qianqi\",\"password\":\"Start2024x\",\"roles\":[\"局长\"]}"))
                .andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(WebApi.<String>read(bad, "$.message")).contains("没有角色“局长”");

        MvcResult refused = mvc.perform(post("/api/admin/users").with(user("clerk").roles("ASSESSOR")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"sunba\",\"password\":\"Start2024x\",\"roles\":[\"VIEWER\"]}"))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
    }
}
