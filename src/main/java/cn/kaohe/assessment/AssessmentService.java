package cn.kaohe.assessment;

import org.springframework.stereotype.Service;

import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.FiguresRejectedException;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.Ruleset;

/**
 * The one way to evaluate a period, for the command line and the web alike: read the figures,
 * run the live ruleset, store the run. Bad input is refused before anything is evaluated or stored.
 */
@Service
public class AssessmentService {

    /** An evaluation and the id it was stored under. */
    public record StoredEvaluation(long runId, Evaluation evaluation) {
    }

    private final FiguresReader reader;
    private final Evaluator evaluator;
    private final LiveRuleset rules;
    private final EvaluationHistory history;

    AssessmentService(FiguresReader reader, Evaluator evaluator, LiveRuleset rules, EvaluationHistory history) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.rules = rules;
        this.history = history;
    }

    /**
     * @param source the file's name, for messages and the record
     * @param bytes  the figures file as received
     * @throws FiguresRejectedException when any row is bad; nothing is stored then
     */
    public StoredEvaluation evaluate(String source, byte[] bytes) {
        PeriodFigures figures = reader.read(source, bytes);
        Ruleset ruleset = rules.current();
        Evaluation evaluation = evaluator.evaluate(figures, ruleset);
        EvaluationRun run = history.record(evaluation);
        return new StoredEvaluation(run.getId(), evaluation);
    }
}
