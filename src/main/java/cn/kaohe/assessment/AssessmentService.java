package cn.kaohe.assessment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.kaohe.audit.AuditLog;
import cn.kaohe.figures.FigureImport;
import cn.kaohe.figures.FigureImportService;
import cn.kaohe.figures.FiguresRejectedException;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.period.AssessmentPeriods;
import cn.kaohe.rectification.RectificationService;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.RulesetArchive;
import cn.kaohe.rules.Ruleset;

/**
 * The one way to evaluate a period, for the command line and the web alike: take the period's current
 * figures, run the live ruleset, store the run with its ruleset version (and that ruleset's files, once),
 * and bring the rectification list up to date — all in one transaction. Bad input is refused before anything is evaluated or stored.
 */
@Service
public class AssessmentService {

    /** Each stage's duration, at DEBUG ({@code logging.level.kaohe.stages=DEBUG}): where an evaluation's time goes. */
    private static final Logger STAGES = LoggerFactory.getLogger("kaohe.stages");

    /** The command line's name in the records. */
    public static final String COMMAND_LINE = "命令行";

    /** An evaluation and the id it was stored under. */
    public record StoredEvaluation(long runId, Evaluation evaluation) {
    }

    /** Where an evaluation has got to, for a progress indication. */
    public interface Progress {
        void stage(String stage, int percent);

        Progress NONE = (stage, percent) -> {
        };
    }

    private final FigureImportService imports;
    private final Evaluator evaluator;
    private final LiveRuleset rules;
    private final EvaluationHistory history;
    private final AssessmentPeriods periods;
    private final RectificationService rectifications;
    private final AuditLog audit;
    private final RulesetArchive archive;

    AssessmentService(FigureImportService imports, Evaluator evaluator, LiveRuleset rules, EvaluationHistory history,
            AssessmentPeriods periods, RectificationService rectifications, AuditLog audit, RulesetArchive archive) {
        this.imports = imports;
        this.evaluator = evaluator;
        this.rules = rules;
        this.history = history;
        this.periods = periods;
        this.rectifications = rectifications;
        this.audit = audit;
        this.archive = archive;
    }

    /**
     * Imports a file as the period's current figures (keeping any earlier version) and evaluates it:
     * the command line's one step.
     *
     * @throws FiguresRejectedException when any row is bad; nothing is stored then
     */
    @Transactional
    public StoredEvaluation evaluate(String source, byte[] bytes) {
        long start = System.nanoTime();
        PeriodFigures figures = imports.preview(source, bytes);
        STAGES.debug("read file: {} figures in {} ms", figures.figures().size(), millisSince(start));
        return evaluate(figures);
    }

    /**
     * Stores figures already read and checked (by a {@link cn.kaohe.figures.FiguresReader} on this
     * application's registry) as the period's current figures, keeping any earlier version, and evaluates
     * them: the command line's one step once it has refused a bad file without starting the application.
     */
    @Transactional
    public StoredEvaluation evaluate(PeriodFigures figures) {
        long start = System.nanoTime();
        FigureImport stored = imports.store(figures, COMMAND_LINE, true);
        STAGES.debug("store figures: {} figures in {} ms", figures.figures().size(), millisSince(start));
        // the figures just stored are evaluated as they are, not read back from the database
        try (LiveRuleset.Lease lease = rules.lease()) {
            return evaluate(stored.getPeriod(), stored, figures, COMMAND_LINE, Progress.NONE, lease.ruleset());
        }
    }

    /**
     * Evaluates a period's current figures.
     *
     * @throws IllegalArgumentException in Chinese when the period does not exist or has no figures
     */
    @Transactional
    public StoredEvaluation evaluate(long periodId, String user, Progress progress) {
        try (LiveRuleset.Lease lease = rules.lease()) {
            return evaluate(periodId, user, progress, lease.ruleset());
        }
    }

    /**
     * Evaluates a period's current figures under the given ruleset (a stored version being re-run, or
     * the live one) and stores the run with that ruleset's version.
     */
    @Transactional
    public StoredEvaluation evaluate(long periodId, String user, Progress progress, Ruleset ruleset) {
        AssessmentPeriod period = periods.findById(periodId).orElseThrow(() -> new IllegalArgumentException("没有编号为" + periodId + "的考核期"));
        FigureImport current = imports.active(period)
                .orElseThrow(() -> new IllegalArgumentException("考核期“" + period.getLabel() + "”还没有导入数据"));
        progress.stage("读取数据", 10);
        long start = System.nanoTime();
        PeriodFigures figures = imports.figuresOf(current.getId());
        STAGES.debug("read figures: {} figures in {} ms", figures.figures().size(), millisSince(start));
        return evaluate(period, current, figures, user, progress, ruleset);
    }

    /** Evaluates the figures of the period's import {@code current} and stores the run, in the caller's transaction. */
    private StoredEvaluation evaluate(AssessmentPeriod period, FigureImport current, PeriodFigures figures, String user, Progress progress,
            Ruleset ruleset) {
        progress.stage("执行规则（" + figures.figures().size() + "条数据）", 30);
        long start = System.nanoTime();
        Evaluation evaluation = evaluator.evaluate(figures, ruleset);
        STAGES.debug("rules: {} results in {} ms", evaluation.results().size(), millisSince(start));
        progress.stage("保存结果（" + evaluation.results().size() + "项考核结果）", 70);
        start = System.nanoTime();
        archive.keep(ruleset);
        EvaluationRun run = history.record(evaluation, period.getId(), current.getId(), user);
        STAGES.debug("store run: run {} in {} ms", run.getId(), millisSince(start));
        progress.stage("更新整改清单（" + evaluation.rectifications().size() + "项未达标）", 90);
        start = System.nanoTime();
        rectifications.sync(period, run.getId(), evaluation);
        STAGES.debug("rectification sync: {} items failing in {} ms", evaluation.rectifications().size(), millisSince(start));
        period.moveTo(AssessmentPeriod.EVALUATED, user);
        audit.record(user, AuditLog.EVALUATE, "考核期 " + period.getLabel() + " 第" + current.getVersion() + "版数据，规则版本 "
                + ruleset.version() + "，" + evaluation.results().size() + "项结果，未达标" + evaluation.failedCount() + "项，考核记录 " + run.getId());
        logCommit();
        progress.stage("写入数据库（提交）", 95);
        return new StoredEvaluation(run.getId(), evaluation);
    }

    /** Logs how long the commit takes (the batched updates still pending, and the database's own commit), at DEBUG. */
    private static void logCommit() {
        if (STAGES.isDebugEnabled() && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                private long start;

                @Override
                public void beforeCommit(boolean readOnly) {
                    start = System.nanoTime();
                }

                @Override
                public void afterCommit() {
                    STAGES.debug("commit: {} ms", millisSince(start));
                }
            });
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
