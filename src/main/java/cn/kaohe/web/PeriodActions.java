package cn.kaohe.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.assessment.RunQueries.RunView;
import cn.kaohe.audit.AuditLog;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.period.AssessmentPeriods;
import cn.kaohe.rectification.RectificationService;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/** What pages and API share beyond the services: publishing, filtering a run, a zone across periods. */
@Service
@ConditionalOnWebApplication
class PeriodActions {

    private final AssessmentPeriods periods;
    private final RunQueries queries;
    private final RectificationService rectifications;
    private final ZoneRegistry zones;
    private final AuditLog audit;

    PeriodActions(AssessmentPeriods periods, RunQueries queries, RectificationService rectifications, ZoneRegistry zones, AuditLog audit) {
        this.periods = periods;
        this.queries = queries;
        this.rectifications = rectifications;
        this.zones = zones;
        this.audit = audit;
    }

    @Transactional
    AssessmentPeriod publish(long id, String user) {
        AssessmentPeriod p = periods.findById(id).orElseThrow(() -> new IllegalArgumentException("没有编号为" + id + "的考核期"));
        if (AssessmentPeriod.IMPORTED.equals(p.getState())) {
            throw new IllegalArgumentException("考核期“" + p.getLabel() + "”还没有考核，不能发布");
        }
        p.moveTo(AssessmentPeriod.PUBLISHED, user);
        audit.record(user, AuditLog.PUBLISH, "发布考核期 " + p.getLabel() + " 的考核结果");
        return p;
    }

    /** Keeps only the subjects of a city and/or a zone type. */
    RunView filter(RunView v, String city, String type) {
        Set<String> keep = zones.zones().stream()
                .filter(z -> city == null || city.isBlank() || city.equals(z.city()))
                .filter(z -> type == null || type.isBlank() || type.equals(z.type()))
                .map(Zone::name).collect(Collectors.toSet());
        if ((city == null || city.isBlank()) && (type == null || type.isBlank())) {
            return v;
        }
        return new RunView(v.runId(), v.periodId(), v.period(), v.ruleset(), v.createdAt(), v.createdBy(),
                v.results().stream().filter(r -> keep.contains(r.subject())).toList(),
                v.standings().stream().filter(r -> keep.contains(r.subject())).toList(),
                v.rectifications().stream().filter(r -> keep.contains(r.subject())).toList(),
                v.grades().stream().filter(r -> keep.contains(r.subject())).toList(),
                v.campaigns().stream().filter(r -> keep.contains(r.subject())).toList(),
                v.warnings().stream().filter(r -> keep.contains(r.subject())).toList(),
                v.rankings().stream().filter(r -> keep.contains(r.subject())).toList(),
                v.comparisons().stream().filter(r -> keep.contains(r.subject())).toList(),
                v.bulletin().stream().filter(r -> keep.contains(r.subject())).toList());
    }

    /** A park's grade in one period and the checklist deductions behind it. */
    record ParkRow(String period, Evaluation.GradeItem grade, List<String> deductions) {
    }

    /** Every graded park in the latest evaluation of each period, latest period first. */
    List<ParkRow> parks() {
        List<ParkRow> rows = new ArrayList<>();
        for (RunView v : queries.latestOfEachPeriod()) {
            for (Evaluation.GradeItem g : v.grades()) {
                rows.add(new ParkRow(v.period(), g, v.rectifications().stream()
                        .filter(r -> r.subject().equals(g.subject()) && r.indicator().equals("安全风险扣分"))
                        .map(Evaluation.RectificationItem::text).toList()));
            }
        }
        java.util.Collections.reverse(rows);
        return rows;
    }

    /** A zone across periods: its results, warnings, grades and bulletin in each, and its rectification items. */
    Map<String, Object> zone(String name) {
        Zone zone = zones.find(name).orElseThrow(() -> new IllegalArgumentException("开发区名录中没有“" + name + "”"
                + zones.suggest(name).map(s -> "，是否应为“" + s + "”？").orElse("")));
        List<Map<String, Object>> byPeriod = new ArrayList<>();
        for (RunView v : queries.latestOfEachPeriod()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("period", v.period());
            p.put("periodId", v.periodId());
            p.put("run", v.runId());
            p.put("results", v.results().stream().filter(r -> r.subject().equals(zone.name())).toList());
            p.put("standing", v.standings().stream().filter(r -> r.subject().equals(zone.name())).findFirst().orElse(null));
            p.put("warnings", v.warnings().stream().filter(r -> r.subject().equals(zone.name())).toList());
            p.put("grades", v.grades().stream().filter(r -> r.subject().equals(zone.name())).toList());
            p.put("campaigns", v.campaigns().stream().filter(r -> r.subject().equals(zone.name())).toList());
            p.put("bulletin", v.bulletin().stream().filter(r -> r.subject().equals(zone.name())).map(b -> b.text()).findFirst().orElse(null));
            byPeriod.add(p);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", zone.name());
        m.put("type", zone.type());
        m.put("city", zone.city());
        m.put("aliases", zone.aliases());
        m.put("periods", byPeriod);
        m.put("rectifications", rectifications.list(null, zone.name(), null).stream().map(RectificationsApi::describe).toList());
        return m;
    }
}
