package cn.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.kaohe.web.CopiedRules;

/** {@code kaohe rules diff}: what an edited rules directory would change in a stored period's results. */
class RulesDiffCommandTests {

    @TempDir
    Path dir;

    private final String database = "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    record Run(int exit, String out, String err) {
    }

    private Run kaohe(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KaoheCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void raisingHejinsTargetShowsItsVerdictFlipAndANewRectificationItem() throws IOException {
        assertThat(kaohe("evaluate", "--facts", "data/samples/2023-h1.csv", database).exit()).isZero();
        Path rules = dir.resolve("rules");
        CopiedRules.copy(Path.of("rules"), rules);
        Path table = rules.resolve("industrial/targets-2023.drl.csv");
        String text = Files.readString(table, StandardCharsets.UTF_8);
        Files.writeString(table, text.replace("2023年河津开发区规上工业增加值增速省定目标为15%,2023,河津开发区,规上工业增加值增速,15",
                "2023年河津开发区规上工业增加值增速省定目标为16%,2023,河津开发区,规上工业增加值增速,16"), StandardCharsets.UTF_8);

        Run run = kaohe("rules", "diff", rules.toString(), "--period", "2023年1-6月", database);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("【2023年1-6月】", "河津开发区", "规上工业增加值增速", "由达标变为未达标", "整改事项新增：河津开发区");
    }

    @Test
    void theShippedRulesChangeNothing() {
        assertThat(kaohe("evaluate", "--facts", "data/samples/2023-h1.csv", database).exit()).isZero();

        Run run = kaohe("rules", "diff", "rules", database);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("没有变化");
    }

    @Test
    void anUnknownPeriodIsNamed() {
        assertThat(kaohe("evaluate", "--facts", "data/samples/2023-h1.csv", database).exit()).isZero();

        Run run = kaohe("rules", "diff", "rules", "--period", "2031年1-6月", database);

        assertThat(run.exit()).isEqualTo(KaoheCommand.FAILED);
        assertThat(run.err()).contains("没有考核期“2031年1-6月”");
    }
}
