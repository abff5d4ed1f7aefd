package cn.kaohe.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.period.AssessmentPeriods;

/** Reads stored evaluations back as the same records an evaluation yields, for pages, API and exports. */
@Service
public class RunQueries {

    /** A stored evaluation of a period. */
    public record RunView(long runId, long periodId, String period, String ruleset, OffsetDateTime createdAt, String createdBy,
            List<Evaluation.IndicatorResult> results, List<Evaluation.Standing> standings, List<Evaluation.RectificationItem> rectifications,
            List<Evaluation.GradeItem> grades, List<Evaluation.CampaignItem> campaigns, List<Evaluation.WarningItem> warnings,
            List<Evaluation.RankItem> rankings, List<Evaluation.ComparisonItem> comparisons, List<Evaluation.BulletinParagraph> bulletin) {

        public long failedCount() {
            return results.stream().filter(r -> !r.passed()).count();
        }
    }

    /** One point of an indicator's trend: the period and the subject's value and target then. */
    public record TrendPoint(String period, int order, String subject, String indicator, BigDecimal actual, BigDecimal target, boolean passed) {
    }

    private final EvaluationRunRepository runs;
    private final AssessmentPeriods periods;
    private final RunRows rows;

    RunQueries(EvaluationRunRepository runs, AssessmentPeriods periods, RunRows rows) {
        this.runs = runs;
        this.periods = periods;
        this.rows = rows;
    }

    /**
     * The latest evaluation of a period with every row, read by one query per kind of row. At national
     * scale this is about 100,000 rows: pages read {@link ResultMatrix} pages instead, exports stream.
     */
    @Transactional(readOnly = true)
    public Optional<RunView> latest(long periodId) {
        return runs.findFirstByPeriodIdOrderByIdDesc(periodId).map(this::view);
    }

    /** The latest evaluation of a period as an {@link Evaluation} (without its input figures), for exports. */
    @Transactional(readOnly = true)
    public Optional<Evaluation> latestEvaluation(long periodId) {
        AssessmentPeriod period = periods.findById(periodId).orElseThrow(() -> new IllegalArgumentException("没有编号为" + periodId + "的考核期"));
        return latest(periodId).map(v -> new Evaluation(period.period(), "考核记录" + v.runId(), v.ruleset(), List.of(), List.of(), v.results(),
                v.standings(), v.rectifications(), v.grades(), v.campaigns(), v.warnings(), v.rankings(), v.comparisons(), v.bulletin(),
                java.util.Set.of()));
    }

    /** Periods, latest first. */
    @Transactional(readOnly = true)
    public List<AssessmentPeriod> periods() {
        return periods.findAll().stream().sorted(Comparator.comparingInt(AssessmentPeriod::order).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationRun> latestRun(long periodId) {
        return runs.findFirstByPeriodIdOrderByIdDesc(periodId);
    }

    /** The bulletin of a period's latest evaluation; empty when the period has not been evaluated. */
    @Transactional(readOnly = true)
    public Optional<List<Evaluation.BulletinParagraph>> latestBulletin(long periodId) {
        return runs.findFirstByPeriodIdOrderByIdDesc(periodId).map(run -> rows.bulletin(run.getId(), null));
    }

    /** The latest run of every evaluated period, by period id, read by one query. */
    @Transactional(readOnly = true)
    public Map<Long, EvaluationRun> latestRuns() {
        return rows.latestRuns();
    }

    /** An indicator's values across periods, per subject (all subjects when {@code subjects} is null), by period then subject. */
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(String indicator, Collection<String> subjects) {
        Map<Long, EvaluationRun> latest = rows.latestRuns();
        Map<Long, AssessmentPeriod> byId = new HashMap<>();
        periods.findAllById(latest.keySet()).forEach(p -> byId.put(p.getId(), p));
        Map<Long, AssessmentPeriod> periodOfRun = new HashMap<>();
        latest.forEach((period, run) -> periodOfRun.put(run.getId(), byId.get(period)));
        List<TrendPoint> points = new ArrayList<>();
        for (Object[] row : rows.rows(Object[].class, "RunResult", "r.run.id, r.subject, r.actual, r.target, r.passed", periodOfRun.keySet(), subjects,
                "r.indicator = :indicator", Map.of("indicator", indicator))) {
            AssessmentPeriod p = periodOfRun.get((Long) row[0]);
            points.add(new TrendPoint(p.getLabel(), p.order(), (String) row[1], indicator, (BigDecimal) row[2], (BigDecimal) row[3], (Boolean) row[4]));
        }
        points.sort(Comparator.comparingInt(TrendPoint::order).thenComparing(TrendPoint::subject));
        return points;
    }

    private RunView view(EvaluationRun run) {
        long id = run.getId();
        return new RunView(id, run.getPeriodId() == null ? 0 : run.getPeriodId(), run.getPeriodLabel(), run.getRulesetHash(),
                run.getCreatedAt(), run.getCreatedBy(), rows.results(id, null), rows.standings(id, null), rows.rectifications(id, null),
                rows.grades(id, null), rows.campaigns(id, null), rows.warnings(id, null),
                rows.rankings(id, null), rows.comparisons(id, null),
                rows.bulletin(id, null));
    }
}
