package cn.kaohe.assessment;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Records evaluations: a run and all its rows in one transaction, or nothing. */
@Component
public class EvaluationHistory {

    private final EvaluationRunRepository runs;

    EvaluationHistory(EvaluationRunRepository runs) {
        this.runs = runs;
    }

    @Transactional
    public EvaluationRun record(Evaluation e) {
        EvaluationRun run = new EvaluationRun(e.period().label(), e.period().year(), e.period().firstMonth(), e.period().lastMonth(),
                e.source(), e.ruleset(), OffsetDateTime.now());
        e.figures().forEach(f -> run.getFigures().add(new RunFigure(run, f.line(), f.subject().name(), f.indicator().name(),
                f.value(), f.previous(), f.note())));
        e.results().forEach(r -> run.getResults().add(new RunResult(run, r)));
        e.standings().forEach(s -> run.getStandings().add(new RunStanding(run, s)));
        e.rectifications().forEach(r -> run.getRectifications().add(new RunRectification(run, r)));
        run.counts(e.figures().size(), e.results().size(), (int) e.failedCount());
        return runs.save(run);
    }
}
