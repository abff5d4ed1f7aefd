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
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.assessment.ParkGrades;
import cn.kaohe.assessment.ResultMatrix;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/** Reading results: the zones × indicators table with charts, a zone across periods, parks, the bulletin. */
@ConditionalOnWebApplication
@Controller
class ResultPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunQueries queries;
    private final ResultMatrix matrix;
    private final ParkGrades parks;
    private final PeriodActions actions;
    private final ZoneRegistry zones;

    ResultPages(RunQueries queries, ResultMatrix matrix, ParkGrades parks, PeriodActions actions, ZoneRegistry zones) {
        this.queries = queries;
        this.matrix = matrix;
        this.parks = parks;
        this.actions = actions;
        this.zones = zones;
    }

    /** The chosen period, or the latest one that has been evaluated (the latest runs read by one query). */
    private Optional<AssessmentPeriod> chosen(Long period) {
        List<AssessmentPeriod> all = queries.periods();
        if (period != null) {
            return all.stream().filter(p -> p.getId().equals(period)).findFirst();
        }
        Set<Long> evaluated = queries.latestRuns().keySet();
        return all.stream().filter(p -> evaluated.contains(p.getId())).findFirst();
    }

    /**
     * The zones × indicators table of a period's latest run, one page of zones at a time; filter (city,
     * type), order ({@link ResultMatrix.Order}) and page are in the query string and applied in the database.
     */
    @GetMapping("/results")
    String results(@RequestParam(required = false) Long period, @RequestParam(required = false) String city,
            @RequestParam(required = false) String type, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("periods", queries.periods());
        model.addAttribute("cities", zones.zones().stream().map(Zone::city).filter(c -> !c.isBlank()).collect(Collectors.toCollection(TreeSet::new)));
        model.addAttribute("types", zones.zones().stream().map(Zone::type).collect(Collectors.toCollection(LinkedHashSet::new)));
        model.addAttribute("city", city);
        model.addAttribute("type", type);
        ResultMatrix.Order order = ResultMatrix.Order.of(sort);
        model.addAttribute("sort", order.name());
        Optional<AssessmentPeriod> p = chosen(period);
        Optional<ResultMatrix.MatrixPage> found = p.flatMap(x -> matrix.page(x.getId(), new ResultMatrix.Filter(city, namesOfType(type)), order,
                Pager.request(page, size)));
        if (found.isEmpty()) {
            return "results";
        }
        ResultMatrix.MatrixPage m = found.get();
        model.addAttribute("period", p.get());
        model.addAttribute("view", m);
        model.addAttribute("pager", Pager.of(m.zones(), "个开发区"));
        String selected = indicator != null && m.indicators().contains(indicator) ? indicator : m.indicators().stream().findFirst().orElse("");
        model.addAttribute("indicators", m.indicators());
        model.addAttribute("matrix", m.matrix());
        model.addAttribute("standings", m.standings());
        model.addAttribute("cityOf", cityOf(m.matrix().keySet()));
        model.addAttribute("indicator", selected);
        model.addAttribute("charts", JSON.writeValueAsString(charts(m, selected)));
        return "results";
    }

    /** The names of the zones of a type in the registry, or null (every zone) when no type is chosen. */
    private Set<String> namesOfType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        return zones.zones().stream().filter(z -> type.equals(z.type())).map(Zone::name).collect(Collectors.toSet());
    }

    private Map<String, String> cityOf(Set<String> subjects) {
        Map<String, String> m = new LinkedHashMap<>();
        subjects.forEach(s -> m.put(s, zones.find(s).map(Zone::city).orElse("")));
        return m;
    }

    /** Chart data: actual and target of the page's zones, every matching city's pass rate, the page's zones across periods. */
    private Map<String, Object> charts(ResultMatrix.MatrixPage m, String indicator) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> target = new ArrayList<>();
        String unit = "";
        for (Map<String, Evaluation.IndicatorResult> row : m.matrix().values()) {
            Evaluation.IndicatorResult r = row.get(indicator);
            if (r != null) {
                names.add(r.subject());
                actual.add(r.actual());
                target.add(r.target());
                unit = r.unit();
            }
        }
        List<Map<String, Object>> passRates = m.passRates().stream()
                .map(c -> Map.<String, Object>of("city", c.city(), "rate", c.rate(), "passed", c.passed(), "total", c.total())).toList();
        Map<String, Map<String, BigDecimal>> trend = new LinkedHashMap<>();
        Set<String> periods = new LinkedHashSet<>();
        for (RunQueries.TrendPoint t : queries.trend(indicator, m.matrix().keySet())) {
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

    /** Graded parks of the latest run of each period (or of one period), latest period first, one page at a time. */
    @GetMapping("/parks")
    String parks(@RequestParam(required = false) Long period, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        Page<ParkGrades.Row> rows = parks.page(period, Pager.request(page, size));
        model.addAttribute("rows", rows.getContent());
        model.addAttribute("pager", Pager.of(rows, "条"));
        model.addAttribute("periods", queries.periods());
        model.addAttribute("period", period);
        return "parks";
    }

    @GetMapping("/bulletin")
    String bulletin(@RequestParam(required = false) Long period, Model model) {
        model.addAttribute("periods", queries.periods());
        chosen(period).ifPresent(p -> {
            model.addAttribute("period", p);
            queries.latestBulletin(p.getId()).ifPresent(b -> model.addAttribute("bulletin", b));
        });
        return "bulletin";
    }
}
