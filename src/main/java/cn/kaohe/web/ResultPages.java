package cn.kaohe.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.assessment.RunQueries.RunView;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/** Reading results: the zones × indicators table with charts, a zone across periods, parks, the bulletin. */
@ConditionalOnWebApplication
@Controller
class ResultPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunQueries queries;
    private final PeriodActions actions;
    private final ZoneRegistry zones;

    ResultPages(RunQueries queries, PeriodActions actions, ZoneRegistry zones) {
        this.queries = queries;
        this.actions = actions;
        this.zones = zones;
    }

    /** The chosen period, or the latest one that has been evaluated. */
    private Optional<AssessmentPeriod> chosen(Long period) {
        List<AssessmentPeriod> all = queries.periods();
        if (period != null) {
            return all.stream().filter(p -> p.getId().equals(period)).findFirst();
        }
        return all.stream().filter(p -> queries.latestRun(p.getId()).isPresent()).findFirst();
    }

    @GetMapping("/results")
    String results(@RequestParam(required = false) Long period, @RequestParam(required = false) String city,
            @RequestParam(required = false) String type, @RequestParam(required = false) String indicator, Model model) {
        model.addAttribute("periods", queries.periods());
        model.addAttribute("cities", zones.zones().stream().map(Zone::city).filter(c -> !c.isBlank()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        model.addAttribute("types", zones.zones().stream().map(Zone::type).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        model.addAttribute("city", city);
        model.addAttribute("type", type);
        Optional<AssessmentPeriod> p = chosen(period);
        Optional<RunView> view = p.flatMap(x -> queries.latest(x.getId())).map(v -> actions.filter(v, city, type));
        if (view.isEmpty()) {
            return "results";
        }
        RunView v = view.get();
        model.addAttribute("period", p.get());
        model.addAttribute("view", v);
        Set<String> indicators = new LinkedHashSet<>();
        Map<String, Map<String, Evaluation.IndicatorResult>> matrix = new LinkedHashMap<>();
        for (Evaluation.IndicatorResult r : v.results()) {
            indicators.add(r.indicator());
            matrix.computeIfAbsent(r.subject(), k -> new LinkedHashMap<>()).put(r.indicator(), r);
        }
        Map<String, Evaluation.Standing> standings = new LinkedHashMap<>();
        v.standings().forEach(s -> standings.put(s.subject(), s));
        String selected = indicator != null && indicators.contains(indicator) ? indicator : indicators.stream().findFirst().orElse("");
        model.addAttribute("indicators", indicators);
        model.addAttribute("matrix", matrix);
        model.addAttribute("standings", standings);
        model.addAttribute("cityOf", cityOf(matrix.keySet()));
        model.addAttribute("indicator", selected);
        model.addAttribute("charts", JSON.writeValueAsString(charts(v, selected)));
        return "results";
    }

    private Map<String, String> cityOf(Set<String> subjects) {
        Map<String, String> m = new LinkedHashMap<>();
        subjects.forEach(s -> m.put(s, zones.find(s).map(Zone::city).orElse("")));
        return m;
    }

    private Map<String, Object> charts(RunView v, String indicator) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        String unit = "";
        for (Evaluation.IndicatorResult r : v.results()) {
            if (r.indicator().equals(indicator)) {
                names.add(r.subject());
                actual.add(r.actual());
                target.add(r.target());
                unit = r.unit();
            }
        }
        Map<String, long[]> byCity = new LinkedHashMap<>();
        for (Evaluation.IndicatorResult r : v.results()) {
            long[] c = byCity.computeIfAbsent(r.city() == null || r.city().isBlank() ? "其他" : r.city(), k -> new long[2]);
            c[1]++;
            if (r.passed()) {
                c[0]++;
            }
        }
        List<Map<String, Object>> passRates = new ArrayList<>();
        byCity.forEach((c, n) -> passRates.add(Map.of("city", c, "rate",
                BigDecimal.valueOf(n[0] * 100).divide(BigDecimal.valueOf(n[1]), 2, java.math.RoundingMode.HALF_UP), "passed", n[0], "total", n[1])));
        Map<String, Map<String, BigDecimal>> trend = new LinkedHashMap<>();
        Set<String> periods = new LinkedHashSet<>();
        for (RunQueries.TrendPoint t : queries.trend(indicator)) {
            periods.add(t.period());
            trend.computeIfAbsent(t.subject(), k -> new LinkedHashMap<>()).put(t.period(), t.actual());
        }
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("indicator", indicator);
        charts.put("unit", unit);
        charts.put("names", names);
        charts.put("actual", actual);
        charts.put("target", target);
        charts.put("passRates", passRates);
        charts.put("trendPeriods", periods);
        charts.put("trend", trend);
        return charts;
    }

    @GetMapping("/zones")
    String zoneList(Model model) {
        Map<String, List<Zone>> byCity = new LinkedHashMap<>();
        zones.zones().stream().filter(z -> !z.city().isBlank())
                .forEach(z -> byCity.computeIfAbsent(z.city(), k -> new ArrayList<>()).add(z));
        model.addAttribute("byCity", byCity);
        return "zones";
    }

    @GetMapping("/zones/{name}")
    String zone(@PathVariable String name, Model model) {
        model.addAttribute("zone", actions.zone(name));
        return "zone";
    }

    @GetMapping("/parks")
    String parks(Model model) {
        model.addAttribute("rows", actions.parks());
        return "parks";
    }

    @GetMapping("/bulletin")
    String bulletin(@RequestParam(required = false) Long period, Model model) {
        model.addAttribute("periods", queries.periods());
        chosen(period).ifPresent(p -> {
            model.addAttribute("period", p);
            queries.latest(p.getId()).ifPresent(v -> model.addAttribute("view", v));
        });
        return "bulletin";
    }
}
