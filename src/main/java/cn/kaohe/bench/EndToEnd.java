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
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

import cn.kaohe.assessment.AssessmentService;
import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.RunQueries;
import cn.kaohe.export.Workbooks;
import cn.kaohe.period.AssessmentPeriods;

/**
 * One end-to-end run, as an official's evaluation goes through the application: a fresh database (an H2 file database
 * in a directory of its own, or a schema of its own on PostgreSQL), the application's real services in a non-web Spring
 * context with the generated registry and the given rules, then import → evaluate → store → rectification list (one
 * call of {@link AssessmentService#evaluate(String, byte[])}) → the results workbook. Only that is timed, not the start of
 * the context; the heap is watched over the same span ({@link HeapWatch}).
 */
final class EndToEnd {

    /** What a run measured; the heap in bytes, as {@link HeapWatch} takes it. */
    record Run(double seconds, long peakInUse, long peakAfterGc, long collections, int results, int workbookBytes) {
    }

    /** Something to do in the context after the timed part, with the evaluated period's id (the what-if). */
    interface Afterwards {
        void accept(ConfigurableApplicationContext context, long periodId);
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
     * @param work       a directory for this run's database (H2), removed afterwards
     * @param afterwards run in the same context after the timed part, or null
     */
    Run run(PeriodGenerator.Generated period, Database db, Path work, Afterwards afterwards) throws IOException {
        byte[] figures = Files.readAllBytes(period.figures());
        String schema = "kaohe_bench_" + Long.toHexString(System.nanoTime());
        List<String> settings = new ArrayList<>(List.of("--kaohe.zones-file=" + period.zones(), "--kaohe.rules-dir=" + rules,
                "--kaohe.samples-dir=" + work.resolve("no-samples")));
        if (db.postgres() == null) {
            settings.add("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/kaohe").toAbsolutePath());
        } else {
            settings.add("--spring.datasource.url=" + db.postgres() + (db.postgres().contains("?") ? "&" : "?") + "currentSchema=" + schema);
            settings.add("--spring.datasource.username=" + db.user());
            settings.add("--spring.flyway.schemas=" + schema);
        }
        try (ConfigurableApplicationContext context = starter.apply(settings)) {
            AssessmentService assessments = context.getBean(AssessmentService.class);
            AssessmentService.StoredEvaluation stored;
            long periodId;
            int workbook;
            double seconds;
            HeapWatch heap = new HeapWatch();
            try (heap) {
                long start = System.nanoTime();
                stored = assessments.evaluate(period.figures().getFileName().toString(), figures);
                periodId = context.getBean(AssessmentPeriods.class).findByLabel(stored.evaluation().period().label()).orElseThrow().getId();
                workbook = export(context, periodId).length;
                seconds = (System.nanoTime() - start) / 1e9;
            }
            if (afterwards != null) {
                afterwards.accept(context, periodId);
            }
            return new Run(seconds, heap.peakInUse(), heap.peakAfterGc(), heap.collections(), stored.evaluation().results().size(), workbook);
        } finally {
            if (db.postgres() != null) {
                dropSchema(db, schema);
            }
            delete(work);
        }
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
