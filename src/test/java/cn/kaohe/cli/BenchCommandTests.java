package cn.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** {@code kaohe bench} refuses arguments it cannot measure with, in Chinese, before generating anything. */
class BenchCommandTests {

    record Run(int exit, String out, String err) {
    }

    private static Run bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = KaoheCommand.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void anEndToEndSizeThatIsNotGeneratedIsRefused() {
        Run run = bench("--zones", "260", "--end-to-end-zones", "2600");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--end-to-end-zones 须在 --zones 之中");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void tooFewZonesOrRunsAreRefused() {
        assertThat(bench("--zones", "5").exit()).isEqualTo(2);
        assertThat(bench("--runs", "0").err()).contains("至少为1");
    }

    @Test
    void aSizeThatIsNotANumberIsNamedInChinese() {
        Run run = bench("--zones", "12a");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("参数错误：选项 --zones 的值“12a”不是整数").doesNotContain("Invalid value");
    }

    @Test
    void aMissingRulesDirectoryIsNamed() {
        Run run = bench("--rules", "no-such-rules");

        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).contains("规则目录不存在：no-such-rules");
    }

    @Test
    void theHelpListsTheOptionsAndExitCodes() {
        Run run = bench("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--zones", "--runs", "--seed", "--postgres", "--db-user", "--out", "--end-to-end-zones",
                "规则引擎与手写底线的结果不一致");
    }
}
