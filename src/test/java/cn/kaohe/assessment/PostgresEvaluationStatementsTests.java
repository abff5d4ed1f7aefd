package cn.kaohe.assessment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same bound on PostgreSQL (with {@code reWriteBatchedInserts}, as production should run), in a schema of its own
 * that is dropped afterwards. Skipped, saying so, where no PostgreSQL runs at 127.0.0.1:5432.
 */
@EnabledIf(value = "cn.kaohe.assessment.PostgresHistoryTests#postgresIsRunning",
        disabledReason = "PostgreSQL 不在 127.0.0.1:5432（用户 postgres，数据库 test），跳过 PostgreSQL 测试")
class PostgresEvaluationStatementsTests extends EvaluationStatementsTests {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String SCHEMA = "kaohe_it_" + Long.toHexString(System.nanoTime());

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA + "&reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }
}
