package cn.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.kaohe.bench.PeriodGenerator;
import cn.kaohe.period.Period;

/**
 * Storing an evaluation costs a number of statements that does not grow with its rows: a generated province of 100
 * zones (thousands of figures, results and rectification items) is stored with JDBC batches and two queries for the
 * rectification list, so a query (or an insert) per item, which made a national period take hours, fails here.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:evaluation-statements;DB_CLOSE_DELAY=-1",
        "kaohe.samples-dir=no-samples", "spring.jpa.properties.hibernate.generate_statistics=true"})
class EvaluationStatementsTests {

    @TempDir
    static Path generated;

    static PeriodGenerator.Generated half;
    static PeriodGenerator.Generated year;

    @DynamicPropertySource
    static void province(DynamicPropertyRegistry registry) {
        half = new PeriodGenerator(100, 7, Period.parse("2023年1-6月")).write(generated.resolve("half"));
        year = new PeriodGenerator(100, 7, Period.parse("2023年")).write(generated.resolve("year"));
        registry.add("kaohe.zones-file", () -> half.zones().toString());
    }

    @Autowired
    AssessmentService service;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    JdbcTemplate jdbc;

    /** Evaluates a generated file and returns the statements it took, with what it stored. */
    Stored evaluate(PeriodGenerator.Generated period) throws IOException {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        AssessmentService.StoredEvaluation stored = service.evaluate(period.figures().getFileName().toString(), Files.readAllBytes(period.figures()));
        long statements = statistics.getPrepareStatementCount();
        long results = jdbc.queryForObject("select count(*) from run_result where run_id = ?", Long.class, stored.runId());
        long figures = jdbc.queryForObject("select count(*) from imported_figure f join evaluation_run r on r.import_id = f.import_id where r.id = ?",
                Long.class, stored.runId());
        return new Stored(stored.evaluation(), statements, results, figures);
    }

    record Stored(Evaluation evaluation, long statements, long results, long figures) {
    }

    @Test
    void aProvinceIsStoredInBatchesWithoutAStatementPerRowOrPerRectificationItem() throws IOException {
        Stored first = evaluate(half);
        Stored second = evaluate(year);

        for (Stored s : new Stored[] {first, second}) {
            Evaluation e = s.evaluation();
            assertThat(s.figures()).as("every figure is stored").isEqualTo(e.figures().size()).isGreaterThan(3_000);
            assertThat(s.results()).as("every result is stored").isEqualTo(e.results().size()).isGreaterThan(1_000);
            assertThat(e.rectifications()).hasSizeGreaterThan(500);
            long rows = s.figures() + s.results() + e.rectifications().size() + e.comparisons().size() + e.rankings().size();
            System.out.printf("%s: %d statements for %d rows, %d rectification items%n", e.period().label(), s.statements(), rows,
                    e.rectifications().size());
            assertThat(s.statements()).as("statements for %d rows and %d rectification items", rows, e.rectifications().size())
                    .isLessThan(e.rectifications().size() / 10);
        }
        Set<String> failed = new HashSet<>();
        for (Stored s : new Stored[] {first, second}) {
            s.evaluation().rectifications().forEach(r -> failed.add(r.subject() + "/" + r.indicator()));
        }
        assertThat(jdbc.queryForObject("select count(*) from rectification_item", Long.class))
                .as("what fails in both periods is one item carried forward, not two").isEqualTo(failed.size());
    }
}
