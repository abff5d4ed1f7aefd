package cn.kaohe.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code kaohe evaluate}, {@code serve}, {@code rules check}, {@code rules diff}, {@code generate}, {@code bench}. */
@Command(name = "kaohe", mixinStandardHelpOptions = true, version = "kaohe 0.1.0", resourceBundle = "cn.kaohe.cli.messages",
        description = "开发区考核规则引擎：按规则目录中的规则考核各开发区的指标。",
        subcommands = {EvaluateCommand.class, ServeCommand.class, RulesCommand.class, GenerateCommand.class, BenchCommand.class},
        commandListHeading = "%n命令：%n", optionListHeading = "%n选项：%n", synopsisHeading = "用法：")
public final class KaoheCommand implements Runnable {

    /** Exit code for a figures file that was refused. */
    public static final int BAD_INPUT = 1;
    /** Exit code for a rules directory that cannot be used. */
    public static final int BAD_RULES = 3;
    /** Exit code for anything else that stopped the work (a database that cannot be opened …). */
    public static final int FAILED = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with UTF-8 output, whatever the platform default. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new KaoheCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(new ParameterErrorsInChinese());
        return cli.execute(args);
    }

    /**
     * A class, not a lambda: picocli's interfaces are compiled for Java 5, and JDK 17 crashes while writing
     * a class-data sharing archive that holds a lambda implementing such an interface (JDK-8274944).
     */
    private static final class ParameterErrorsInChinese implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            e.getCommandLine().getErr().println("参数错误：" + inChinese(e.getMessage()));
            e.getCommandLine().getErr().println("用 " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help 查看用法。");
            return CommandLine.ExitCode.USAGE;
        }
    }

    private static String inChinese(String message) {
        return message
                // picocli's type conversion: Invalid value for option '--zones' (N): '12a' is not an int
                .replaceAll("Invalid value for option '([^']+)'(?: \\([^)]*\\))?: '(.*)' is not an? (?:int|long)", "选项 $1 的值“$2”不是整数")
                .replaceAll("Invalid value for option '([^']+)'(?: \\([^)]*\\))?: '(.*)' is not an? \\w+", "选项 $1 的值“$2”无法识别")
                .replace("Missing required option", "缺少必需的选项")
                .replace("Missing required parameter for option", "选项缺少参数值")
                .replace("Unknown option", "不认识的选项")
                .replace("Unmatched argument at index", "多余的参数，位置")
                .replace("Unmatched arguments from index", "多余的参数，自位置");
    }
}
