package cn.kaohe.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.EvaluationRun;
import cn.kaohe.assessment.Evaluator;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.figures.FigureImportService;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.impact.Impact;
import cn.kaohe.impact.ImpactAnalysis;
import cn.kaohe.impact.PeriodImpact;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.rulebook.CheckProgress;
import cn.kaohe.rules.Ruleset;

/**
 * What-if: evaluates stored periods under a candidate ruleset and compares with their latest stored
 * results, on the very figures those results were computed from. Nothing is stored. Each period is
 * read and compared on its own (no transaction spans the whole comparison), so a national period's
 * rows are not all held at once.
 */
@Service
public class ImpactService {

    /**
     * A period to compare: its stored evaluation (run) and the import that run read. Two comparisons
     * with the same bases compare the same stored results.
     */
    public record Basis(long periodId, String label, long runId, long importId) {
    }

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
        Map<Long, EvaluationRun> latest = runs.latestRuns();
        return runs.periods().stream().filter(p -> latest.containsKey(p.getId())).toList();
    }

    /**
     * The periods to compare, each with its latest stored evaluation, latest period first.
     *
     * @param periodIds the periods to compare; all evaluated periods when null or empty
     * @throws IllegalArgumentException in Chinese when a period is unknown or has never been evaluated
     */
    public List<Basis> bases(List<Long> periodIds) {
        Map<Long, AssessmentPeriod> periods = runs.periods().stream().collect(Collectors.toMap(AssessmentPeriod::getId, Function.identity()));
        List<Long> ids = periodIds == null || periodIds.isEmpty()
                ? periods.values().stream().sorted(java.util.Comparator.comparingInt(AssessmentPeriod::order).reversed()).map(AssessmentPeriod::getId).toList()
                : periodIds.stream().distinct().toList();
        boolean all = periodIds == null || periodIds.isEmpty();
        Map<Long, EvaluationRun> latest = runs.latestRuns();
        List<Basis> bases = new ArrayList<>();
        for (long id : ids) {
            AssessmentPeriod period = periods.get(id);
            if (period == null) {
                throw new IllegalArgumentException("没有编号为" + id + "的考核期");
            }
            EvaluationRun run = latest.get(id);
            if (run == null && all) {
                continue;
            }
            if (run == null) {
                throw new IllegalArgumentException("考核期“" + period.getLabel() + "”还没有考核结果，无法比较");
            }
            if (run.getImportId() == null) {
                throw new IllegalArgumentException("考核期“" + period.getLabel() + "”的考核记录" + run.getId() + "没有记下所用的数据，无法比较；请先重新考核");
            }
            bases.add(new Basis(id, period.getLabel(), run.getId(), run.getImportId()));
        }
        return bases;
    }

    /**
     * @param periodIds the periods to compare; all evaluated periods when empty
     * @throws IllegalArgumentException in Chinese when a period has never been evaluated
     */
    public Impact analyse(String candidate, Ruleset ruleset, List<Long> periodIds) {
        return analyse(candidate, ruleset, bases(periodIds), CheckProgress.NONE);
    }

    /**
     * Compares period by period, reporting each step: 正在比较 2023年1-6月（2/5个考核期）：用候选规则考核.
     *
     * @param bases the periods, as {@link #bases(List)} gives them
     */
    public Impact analyse(String candidate, Ruleset ruleset, List<Basis> bases, CheckProgress progress) {
        List<PeriodImpact> impacts = new ArrayList<>();
        int n = bases.size();
        for (int i = 0; i < n; i++) {
            Basis basis = bases.get(i);
            String at = "正在比较 " + basis.label() + "（" + (i + 1) + "/" + n + "个考核期）：";
            progress.at(at + "读取已存结果", 100 * i / n);
            Evaluation published = runs.latestEvaluation(basis.periodId())
                    .orElseThrow(() -> new IllegalArgumentException("考核期“" + basis.label() + "”的考核结果已不存在，无法比较"));
            progress.at(at + "读取数据", (100 * i + 25) / n);
            PeriodFigures figures = imports.figuresOf(basis.importId());
            progress.at(at + "用候选规则考核", (100 * i + 40) / n);
            Evaluation candidateResult = evaluator.evaluate(figures, ruleset);
            progress.at(at + "比较结果", (100 * i + 90) / n);
            impacts.add(ImpactAnalysis.compare(published, candidateResult));
        }
        return new Impact(candidate, impacts);
    }
}
