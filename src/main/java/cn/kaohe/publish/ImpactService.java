package cn.kaohe.publish;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.EvaluationRun;
import cn.kaohe.assessment.Evaluator;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.figures.FigureImportService;
import cn.kaohe.impact.Impact;
import cn.kaohe.impact.ImpactAnalysis;
import cn.kaohe.impact.PeriodImpact;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.rules.Ruleset;

/**
 * What-if: evaluates stored periods under a candidate ruleset and compares with their latest stored
 * results, on the very figures those results were computed from. Nothing is stored.
 */
@Service
public class ImpactService {

    private final RunQueries runs;
    private final FigureImportService imports;
    private final Evaluator evaluator;

    ImpactService(RunQueries runs, FigureImportService imports, Evaluator evaluator) {
        this.runs = runs;
        this.imports = imports;
        this.evaluator = evaluator;
    }

    /** Periods that have a stored evaluation to compare against, latest first. */
    public List<AssessmentPeriod> comparablePeriods() {
        return runs.periods().stream().filter(p -> runs.latestRun(p.getId()).isPresent()).toList();
    }

    /**
     * @param periodIds the periods to compare; all evaluated periods when empty
     * @throws IllegalArgumentException in Chinese when a period has never been evaluated
     */
    @Transactional(readOnly = true)
    public Impact analyse(String candidate, Ruleset ruleset, List<Long> periodIds) {
        List<Long> ids = periodIds == null || periodIds.isEmpty() ? comparablePeriods().stream().map(AssessmentPeriod::getId).toList() : periodIds;
        List<PeriodImpact> impacts = new ArrayList<>();
        for (long id : ids) {
            EvaluationRun run = runs.latestRun(id).orElseThrow(() -> new IllegalArgumentException("考核期（编号" + id + "）还没有考核结果，无法比较"));
            Evaluation published = runs.latestEvaluation(id).orElseThrow();
            Evaluation candidateResult = evaluator.evaluate(imports.figuresOf(run.getImportId()), ruleset);
            impacts.add(ImpactAnalysis.compare(published, candidateResult));
        }
        return new Impact(candidate, impacts);
    }
}
