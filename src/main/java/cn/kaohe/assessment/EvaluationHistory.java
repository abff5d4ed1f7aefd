package cn.kaohe.assessment;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.persistence.BatchInserts;

/**
 * Records evaluations: a run and all its conclusions in one transaction, or nothing. The input figures are
 * the import version the run names ({@code import_id}), stored once by the import.
 */
@Component
public class EvaluationHistory {

    private final BatchInserts inserts;

    EvaluationHistory(BatchInserts inserts) {
        this.inserts = inserts;
    }

    /**
     * Stores the run and its conclusions (results, standings, rectifications, grades, campaigns, warnings, comparisons,
     * rankings, bulletin lines) and a summary row per subject ({@link RunZone}, what the results page pages and
     * sorts) in JDBC batches, one kind after the other: a national period's 100,000 rows are a few
     * hundred statements, and none of them stays in the persistence context.
     *
     * @return the run as stored, with its id and counts; its conclusions are not attached to it (read them back with
     *         {@link EvaluationRunRepository} or {@link RunQueries})
     */
    @Transactional
    public EvaluationRun record(Evaluation e, Long periodId, Long importId, String user) {
        EvaluationRun run = new EvaluationRun(e.period().label(), e.period().year(), e.period().firstMonth(), e.period().lastMonth(),
                e.source(), e.ruleset(), OffsetDateTime.now());
        run.counts(e.figures().size(), e.results().size(), (int) e.failedCount());
        run.origin(periodId, importId, user);
        inserts.write(rows -> {
            rows.insert(run);
            rows.insertAll(e.results(), r -> new RunResult(run, r));
            rows.insertAll(RunZone.of(run.getId(), e), z -> z);
            rows.insertAll(e.standings(), s -> new RunStanding(run, s));
            rows.insertAll(e.rectifications(), r -> new RunRectification(run, r));
            rows.insertAll(e.grades(), g -> new RunGrade(run, g));
            rows.insertAll(e.campaigns(), c -> new RunCampaign(run, c));
            rows.insertAll(e.warnings(), w -> new RunWarning(run, w));
            rows.insertAll(e.comparisons(), c -> new RunComparison(run, c));
            rows.insertAll(e.rankings(), r -> new RunIndicatorRank(run, r));
            rows.insertAll(e.bulletin(), b -> new RunBulletin(run, b));
        });
        return run;
    }
}
