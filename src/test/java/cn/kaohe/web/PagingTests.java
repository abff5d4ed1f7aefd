package cn.kaohe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Long lists come a page at a time, with the filter kept, and the API pages the same way. */
@WebTest
class PagingTests {

    private static final Pattern ZONE_LINK = Pattern.compile("<td><a href=\"/zones/[^\"]+\">([^<]+)</a></td>");

    @Autowired
    MockMvc mvc;

    static RequestPostProcessor viewer() {
        return user("reader").roles("VIEWER");
    }

    String page(MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static List<String> zones(String html) {
        List<String> names = new ArrayList<>();
        Matcher m = ZONE_LINK.matcher(html.substring(html.indexOf("<table id=\"results\">")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theResultsTableShowsOnePageOfZonesAndThePagerCountsThemAll() throws Exception {
        long h1 = WebApi.periodId(mvc, "2023年1-6月");
        String all = page(mvc.perform(get("/results").param("period", String.valueOf(h1)).param("size", "500").with(viewer())).andReturn());
        List<String> every = zones(all);
        assertThat(every).hasSizeGreaterThan(4);

        String first = page(mvc.perform(get("/results?period=" + h1 + "&size=2").with(viewer())).andReturn());
        String second = page(mvc.perform(get("/results?period=" + h1 + "&size=2&page=2").with(viewer())).andReturn());

        int pages = (every.size() + 1) / 2;
        assertThat(zones(first)).containsExactlyElementsOf(every.subList(0, 2));
        assertThat(zones(second)).containsExactlyElementsOf(every.subList(2, 4));
        assertThat(first).contains("第 <strong>1</strong> / <span>" + pages + "</span> 页，共 <strong>" + every.size() + "</strong> <span>个开发区</span>");
        assertThat(second).as("下一页链接保留考核期和每页条数").contains("period=" + h1).contains("page=3").contains("size=2");
    }

    @Test
    void filteringByCityHappensBeforePaging() throws Exception {
        long h1 = WebApi.periodId(mvc, "2023年1-6月");
        String html = page(mvc.perform(get("/results").param("period", String.valueOf(h1)).param("city", "运城市").param("size", "500")
                .with(viewer())).andReturn());
        List<String> zones = zones(html);
        assertThat(zones).isNotEmpty().contains("河津开发区").doesNotContain("朔州经济开发区");
        assertThat(html).contains("共 <strong>" + zones.size() + "</strong> <span>个开发区</span>");
    }

    @Test
    void sortingByTotalPutsTheHighestTotalFirst() throws Exception {
        long h1 = WebApi.periodId(mvc, "2023年1-6月");
        String html = page(mvc.perform(get("/results").param("period", String.valueOf(h1)).param("city", "运城市").param("sort", "TOTAL")
                .param("size", "500").with(viewer())).andReturn());
        List<Double> totals = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"num\">([0-9.]+)</td>\\s*<td>第").matcher(html);
        while (m.find()) {
            totals.add(Double.valueOf(m.group(1)));
        }
        assertThat(totals).hasSizeGreaterThan(1);
        assertThat(totals).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theRectificationApiPagesWithTheTotalOfEveryMatchingItem() throws Exception {
        MvcResult all = mvc.perform(get("/api/rectifications").param("size", "1000").with(viewer())).andReturn();
        List<Integer> ids = WebApi.read(all, "$.items[*].id");
        int total = WebApi.read(all, "$.total");
        assertThat(ids).hasSize(total).hasSizeGreaterThan(3);

        MvcResult second = mvc.perform(get("/api/rectifications").param("size", "2").param("page", "2").with(viewer())).andReturn();
        assertThat((List<Integer>) WebApi.read(second, "$.items[*].id")).containsExactlyElementsOf(ids.subList(2, 4));
        assertThat((Integer) WebApi.read(second, "$.total")).isEqualTo(total);
        assertThat((Integer) WebApi.read(second, "$.page")).isEqualTo(2);
        assertThat((Integer) WebApi.read(second, "$.size")).isEqualTo(2);
    }

    @Test
    void theRectificationPageFiltersByCityInTheQueryAndKeepsTheFilterInItsPager() throws Exception {
        String html = page(mvc.perform(get(java.net.URI.create("/rectifications?city=%E8%BF%90%E5%9F%8E%E5%B8%82&size=1")).with(viewer())).andReturn());
        assertThat(html).contains("第 <strong>1</strong> / ").contains("city=%E8%BF%90%E5%9F%8E%E5%B8%82").doesNotContain(">朔州经济开发区</a>");
    }

    @Test
    void pagesLinkStaticAssetsByContentHashAndTheyAreCachedForAYear() throws Exception {
        String html = page(mvc.perform(get("/results").with(viewer())).andReturn());
        Matcher css = Pattern.compile("/assets/css/kaohe-[0-9a-f]{32}\\.css").matcher(html);
        assertThat(css.find()).as("样式表地址带内容摘要").isTrue();
        assertThat(html).containsPattern("/webjars/echarts/[0-9.]+/echarts\\.min-[0-9a-f]{32}\\.js");
        MvcResult asset = mvc.perform(get(css.group())).andReturn();
        assertThat(asset.getResponse().getStatus()).isEqualTo(200);
        assertThat(asset.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
    }
}
