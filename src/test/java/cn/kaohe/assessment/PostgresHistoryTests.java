package cn.kaohe.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same migrations and the same evaluation on PostgreSQL, the production database, in a schema
 * of its own that is dropped afterwards. Skipped, saying so, where no PostgreSQL runs at 127.0.0.1:5432.
 */
@SpringBootTest(properties = "kaohe.samples-dir=no-samples")
@EnabledIf(value = "postgresIsRunning", disabledReason = "PostgreSQL 不在 127.0.0.1:5432（用户 postgres，数据库 test），跳过 PostgreSQL 测试")
class PostgresHistoryTests {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "kaohe_it_" + Long.toHexString(System.nanoTime());

    @Autowired
    AssessmentService service;

    @Autowired
    EvaluationRunRepository runs;

    static boolean postgresIsRunning() {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(URL, "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void theSamplePeriodIsStoredOnPostgres() throws IOException {
        var stored = service.evaluate("2023-h1.csv", Files.readAllBytes(Path.of("data/samples/2023-h1.csv")));

        EvaluationRun run = runs.findById(stored.runId()).orElseThrow();
        assertThat(run.getPeriodLabel()).isEqualTo("2023年1-6月");
        assertThat(run.getResultCount()).isEqualTo(stored.evaluation().results().size());
        assertThat(run.getFailedCount()).isEqualTo((int) stored.evaluation().failedCount()).isPositive();
        assertThat(runs.count()).isEqualTo(1);
    }
}
