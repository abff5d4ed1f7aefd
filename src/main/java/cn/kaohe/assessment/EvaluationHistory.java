package cn.kaohe.assessment;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records evaluations: a run and all its conclusions in one transaction, or nothing. The input figures are
 * the import version the run names ({@code import_id}), stored once by the import.
 */
@Component
public class EvaluationHistory {

    private final EvaluationRunRepository runs;

    EvaluationHistory(EvaluationRunRepository runs) {
        this.runs = runs;
    }

    @Transactional
    public EvaluationRun record(Evaluation e, Long periodId, Long importId, String user) {
        EvaluationRun run = new EvaluationRun(e.period().label(), e.period().year(), e.period().firstMonth(), e.period().lastMonth(),
                e.source(), e.ruleset(), OffsetDateTime.now());
        e.results().forEach(r -> run.getResults().add(new RunResult(run, r)));
        e.standings().forEach(s -> run.getStandings().add(new RunStanding(run, s)));
        e.rectifications().forEach(r -> run.getRectifications().add(new RunRectification(run, r)));
        e.grades().forEach(g -> run.getGrades().add(new RunGrade(run, g)));
        e.campaigns().forEach(c -> run.getCampaigns().add(new RunCampaign(run, c)));
        e.warnings().forEach(w -> run.getWarnings().add(new RunWarning(run, w)));
        e.comparisons().forEach(c -> run.getComparisons().add(new RunComparison(run, c)));
        e.rankings().forEach(r -> run.getRankings().add(new RunIndicatorRank(run, r)));
        e.bulletin().forEach(b -> run.getBulletin().add(new RunBulletin(run, b)));
        run.counts(e.figures().size(), e.results().size(), (int) e.failedCount());
        run.origin(periodId, importId, user);
        return runs.save(run);
    }
}
