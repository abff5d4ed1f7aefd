package cn.kaohe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import cn.kaohe.assessment.AssessmentService;
import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.EvaluationHistory;
import cn.kaohe.assessment.Evaluator;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.export.Workbooks;
import cn.kaohe.figures.FigureImport;
import cn.kaohe.figures.FigureImportService;
import cn.kaohe.period.AssessmentPeriods;
import cn.kaohe.publish.ImpactService;
import cn.kaohe.rules.Ruleset;

/**
 * One end-to-end run, as an official's evaluation goes through the application: a fresh database (an H2 file database
 * in a directory of its own, or a schema of its own on PostgreSQL), the application's real services in a non-web Spring
 * context with the generated registry and the given rules, then import → evaluate → store → rectification list (one
 * call of {@link AssessmentService#evaluate(String, byte[])}) → the results workbook. Only that is timed, not the start of
 * the context; the heap is watched over the same span ({@link HeapWatch}). Also the what-if against a stored period.
 */
final class EndToEnd {

    /** What a run measured; the heap in bytes, as {@link HeapWatch} takes it. */
    record Run(double seconds, long peakInUse, long peakAfterGc, long collections, int results, int workbookBytes) {
    }

    /**
     * A database for one run.
     *
     * @param postgres a PostgreSQL JDBC URL, or null for an H2 file database
     */
    record Database(String postgres, String user) {

        static final Database H2 = new Database(null, null);

        String label() {
            return postgres == null ? "H2" : "PostgreSQL";
        }
    }

    /** Who the benchmark's imports and runs are recorded as. */
    private static final String USER = "基准测试";

    private final Function<List<String>, ConfigurableApplicationContext> starter;
    private final Path rules;

    /**
     * @param starter starts a quiet non-web application context with the given {@code --name=value} settings
     */
    EndToEnd(Function<List<String>, ConfigurableApplicationContext> starter, Path rules) {
        this.starter = starter;
        this.rules = rules;
    }

    /**
     * Import → evaluate → store → rectification list → results workbook, timed.
     *
     * @param work a directory for this run's database (H2), removed afterwards
     */
    Run run(PeriodGenerator.Generated period, Database db, Path work) throws IOException {
        byte[] figures = Files.readAllBytes(period.figures());
        return inFreshContext(period, db, work, context -> {
            AssessmentService assessments = context.getBean(AssessmentService.class);
            AssessmentService.StoredEvaluation stored;
            int workbook;
            double seconds;
            HeapWatch heap = new HeapWatch();
            try (heap) {
                long start = System.nanoTime();
                stored = assessments.evaluate(period.figures().getFileName().toString(), figures);
                workbook = export(context, periodId(context, stored.evaluation())).length;
                seconds = (System.nanoTime() - start) / 1e9;
            }
            return new Run(seconds, heap.peakInUse(), heap.peakAfterGc(), heap.collections(), stored.evaluation().results().size(), workbook);
        });
    }

    /**
     * The what-if of {@code candidate} against the period stored: median of {@code runs} after one warm-up. The period is
     * stored as an evaluation stores it (its figures imported, evaluated under the same rules, the run recorded) but without
     * bringing the rectification list up to date, which the what-if does not read: so the what-if can be measured at
     * national scale while that step is slow. Storing is not timed.
     */
    Medians.Timing whatIf(PeriodGenerator.Generated period, Ruleset candidate, int runs, Path work, Consumer<String> progress) throws IOException {
        byte[] figures = Files.readAllBytes(period.figures());
        return inFreshContext(period, Database.H2, work, context -> {
            FigureImportService imports = context.getBean(FigureImportService.class);
            FigureImport stored = imports.importFigures(period.figures().getFileName().toString(), figures, USER, true);
            Evaluation evaluation = context.getBean(Evaluator.class).evaluate(imports.figuresOf(stored.getId()), candidate);
            long periodId = periodId(context, evaluation);
            context.getBean(EvaluationHistory.class).record(evaluation, periodId, stored.getId(), USER);
            ImpactService impact = context.getBean(ImpactService.class);
            return Medians.time("影响预览 " + period.zoneCount(), 1, runs, progress, i -> impact.analyse(USER, candidate, List.of(periodId)));
        });
    }

    /** Runs {@code work} in a fresh application context on a fresh database, and removes the database afterwards. */
    private <T> T inFreshContext(PeriodGenerator.Generated period, Database db, Path work, Function<ConfigurableApplicationContext, T> body) {
        String schema = "kaohe_bench_" + Long.toHexString(System.nanoTime());
        List<String> settings = new ArrayList<>(List.of("--kaohe.zones-file=" + period.zones(), "--kaohe.rules-dir=" + rules,
                "--kaohe.samples-dir=" + work.resolve("no-samples")));
        if (db.postgres() == null) {
            settings.add("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/kaohe").toAbsolutePath());
        } else {
            // reWriteBatchedInserts: the driver sends a JDBC batch of inserts as multi-row inserts, as production should.
            settings.add("--spring.datasource.url=" + db.postgres() + (db.postgres().contains("?") ? "&" : "?") + "currentSchema=" + schema
                    + "&reWriteBatchedInserts=true");
            settings.add("--spring.datasource.username=" + db.user());
            settings.add("--spring.flyway.schemas=" + schema);
        }
        try (ConfigurableApplicationContext context = starter.apply(settings)) {
            return body.apply(context);
        } finally {
            if (db.postgres() != null) {
                dropSchema(db, schema);
            }
            delete(work);
        }
    }

    private static long periodId(ConfigurableApplicationContext context, Evaluation evaluation) {
        return context.getBean(AssessmentPeriods.class).findByLabel(evaluation.period().label()).orElseThrow().getId();
    }

    /** The results workbook of the period's latest run, as the export page serves it. */
    private static byte[] export(ConfigurableApplicationContext context, long periodId) {
        Evaluation latest = context.getBean(RunQueries.class).latestEvaluation(periodId).orElseThrow();
        return Workbooks.results(latest);
    }

    private static void dropSchema(Database db, String schema) {
        try (Connection c = DriverManager.getConnection(db.postgres(), db.user(), ""); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("无法删除基准测试建立的模式 " + schema + "：" + e.getMessage(), e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("无法删除 " + dir + "：" + e.getMessage(), e);
        }
    }
}
