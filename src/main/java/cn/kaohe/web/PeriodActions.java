package cn.kaohe.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.EvaluationRun;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.assessment.RunRows;
import cn.kaohe.assessment.RunQueries.RunView;
import cn.kaohe.audit.AuditLog;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.period.AssessmentPeriods;
import cn.kaohe.rectification.RectificationQueries;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/** What pages and API share beyond the services: publishing, filtering a run, a zone across periods. */
@Service
@ConditionalOnWebApplication
class PeriodActions {

    private final AssessmentPeriods periods;
    private final RunQueries queries;
    private final RunRows rows;
    private final RectificationQueries rectifications;
    private final ZoneRegistry zones;
    private final AuditLog audit;

    PeriodActions(AssessmentPeriods periods, RunQueries queries, RunRows rows, RectificationQueries rectifications, ZoneRegistry zones,
            AuditLog audit) {
        this.periods = periods;
        this.queries = queries;
        this.rows = rows;
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

    /** A zone across periods: its results, warnings, grades and bulletin in each, and its rectification items. */
    Map<String, Object> zone(String name) {
        Zone zone = zones.find(name).orElseThrow(() -> new IllegalArgumentException("开发区名录中没有“" + name + "”"
                + zones.suggest(name).map(s -> "，是否应为“" + s + "”？").orElse("")));
        String zoneName = zone.name();
        Map<Long, EvaluationRun> latestOf = queries.latestRuns();
        List<AssessmentPeriod> newestFirst = queries.periods();
        List<EvaluationRun> latest = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            EvaluationRun run = latestOf.get(newestFirst.get(i).getId());
            if (run != null) {
                latest.add(run);
            }
        }
        List<Long> runs = latest.stream().map(EvaluationRun::getId).toList();
        Map<Long, List<Evaluation.IndicatorResult>> results = rows.ofSubject(Evaluation.IndicatorResult.class, runs, zoneName);
        Map<Long, List<Evaluation.Standing>> standings = rows.ofSubject(Evaluation.Standing.class, runs, zoneName);
        Map<Long, List<Evaluation.WarningItem>> warnings = rows.ofSubject(Evaluation.WarningItem.class, runs, zoneName);
        Map<Long, List<Evaluation.GradeItem>> grades = rows.ofSubject(Evaluation.GradeItem.class, runs, zoneName);
        Map<Long, List<Evaluation.CampaignItem>> campaigns = rows.ofSubject(Evaluation.CampaignItem.class, runs, zoneName);
        Map<Long, List<Evaluation.BulletinParagraph>> bulletin = rows.ofSubject(Evaluation.BulletinParagraph.class, runs, zoneName);
        List<Map<String, Object>> byPeriod = new ArrayList<>();
        for (EvaluationRun run : latest) {
            Long id = run.getId();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("period", run.getPeriodLabel());
            p.put("periodId", run.getPeriodId());
            p.put("run", id);
            p.put("results", results.getOrDefault(id, List.of()));
            p.put("standing", standings.getOrDefault(id, List.of()).stream().findFirst().orElse(null));
            p.put("warnings", warnings.getOrDefault(id, List.of()));
            p.put("grades", grades.getOrDefault(id, List.of()));
            p.put("campaigns", campaigns.getOrDefault(id, List.of()));
            p.put("bulletin", bulletin.getOrDefault(id, List.of()).stream().map(Evaluation.BulletinParagraph::text).findFirst().orElse(null));
            byPeriod.add(p);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", zone.name());
        m.put("type", zone.type());
        m.put("city", zone.city());
        m.put("aliases", zone.aliases());
        m.put("periods", byPeriod);
        m.put("rectifications", rectifications.list(null, zoneName, null, Pageable.unpaged()).map(RectificationsApi::describe).getContent());
        return m;
    }
}
