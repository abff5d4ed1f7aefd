package cn.kaohe.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    RunQueries(EvaluationRunRepository runs, AssessmentPeriods periods) {
        this.runs = runs;
        this.periods = periods;
    }

    /** The latest evaluation of a period. */
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

    /** Periods, latest first, each with its latest evaluation if any. */
    @Transactional(readOnly = true)
    public List<AssessmentPeriod> periods() {
        return periods.findAll().stream().sorted(Comparator.comparingInt(AssessmentPeriod::order).reversed()).toList();
    }

    @Transactional(readOnly = true)
    public Optional<EvaluationRun> latestRun(long periodId) {
        return runs.findFirstByPeriodIdOrderByIdDesc(periodId);
    }

    /** The latest evaluation of every period, oldest period first. */
    @Transactional(readOnly = true)
    public List<RunView> latestOfEachPeriod() {
        List<RunView> views = new ArrayList<>();
        periods.findAll().stream().sorted(Comparator.comparingInt(AssessmentPeriod::order))
                .forEach(p -> runs.findFirstByPeriodIdOrderByIdDesc(p.getId()).map(this::view).ifPresent(views::add));
        return views;
    }

    /** An indicator's values across periods, per subject. */
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(String indicator) {
        List<TrendPoint> points = new ArrayList<>();
        for (AssessmentPeriod p : periods.findAll()) {
            runs.findFirstByPeriodIdOrderByIdDesc(p.getId()).ifPresent(run -> run.getResults().stream()
                    .filter(r -> r.getIndicator().equals(indicator))
                    .forEach(r -> points.add(new TrendPoint(p.getLabel(), p.order(), r.getSubject(), indicator, r.getActual(), r.getTarget(), r.isPassed()))));
        }
        points.sort(Comparator.comparingInt(TrendPoint::order).thenComparing(TrendPoint::subject));
        return points;
    }

    private RunView view(EvaluationRun run) {
        return new RunView(run.getId(), run.getPeriodId() == null ? 0 : run.getPeriodId(), run.getPeriodLabel(), run.getRulesetHash(),
                run.getCreatedAt(), run.getCreatedBy(),
                run.getResults().stream().map(r -> new Evaluation.IndicatorResult(r.getSubject(), r.getCity(), r.getIndicator(), r.getUnit(),
                        r.getActual(), r.getActualSource(), r.getTarget(), r.getBasis(), r.isPassed(), r.getGap(), r.getWeight(), r.getScore(),
                        r.getTargetRule(), r.getJudgedBy(), r.getScoredBy(), r.getAnnualTarget(), r.getProratedBy(), r.getStatement())).toList(),
                run.getStandings().stream().map(s -> new Evaluation.Standing(s.getSubject(), s.getCity(), s.getTotal(), s.getRank(), s.getOf(),
                        s.getRule())).toList(),
                run.getRectifications().stream().map(r -> new Evaluation.RectificationItem(r.getSubject(), r.getIndicator(), r.getText(),
                        r.getRule())).toList(),
                run.getGrades().stream().map(g -> new Evaluation.GradeItem(g.getSubject(), g.getScore(), g.getGrade(), g.getMeaning(), g.getRule(),
                        g.getTargetGrade(), g.getPassed(), g.getJudgedBy())).toList(),
                run.getCampaigns().stream().map(c -> new Evaluation.CampaignItem(c.getSubject(), c.getCampaign(), c.getTotal(), c.getDone(),
                        c.getRate(), c.getOpen(), c.getRule())).toList(),
                run.getWarnings().stream().map(w -> new Evaluation.WarningItem(w.getSubject(), w.getIndicator(), w.getLevel(), w.getText(),
                        w.getRule())).toList(),
                run.getRankings().stream().map(r -> new Evaluation.RankItem(r.getSubject(), r.getCity(), r.getIndicator(), r.getScope(),
                        r.getValue(), r.getUnit(), r.getRank(), r.getOf(), r.getRule())).toList(),
                run.getComparisons().stream().map(c -> new Evaluation.ComparisonItem(c.getSubject(), c.getIndicator(), c.getAgainst(),
                        c.getOtherValue(), c.getKind(), c.getValue(), c.getText(), c.getRule())).toList(),
                run.getBulletin().stream().map(b -> new Evaluation.BulletinParagraph(b.getSubject(), b.getText(), List.of())).toList());
    }
}
