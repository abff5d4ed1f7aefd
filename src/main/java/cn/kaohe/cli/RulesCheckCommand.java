package cn.kaohe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rulebook.CheckReport;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.RulesetException;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/** {@code kaohe rules check DIR}: compiles a rules directory, runs the features against it, reports coverage. */
@Command(name = "check", mixinStandardHelpOptions = true, resourceBundle = "cn.kaohe.cli.messages",
        description = {"检查规则目录：编译全部规则文件，用场景（features）逐一验证，并列出没有任何场景覆盖的规则。",
                "错误指出文件和行号；决策表（*.drl.csv）指出表格中的行号。不需要数据库。"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:编译通过，全部场景通过，每条规则都有场景覆盖", "2:命令参数有误",
                "3:规则无法编译、有场景失败或有规则没有场景覆盖", "4:其他原因未完成（如场景目录、开发区名录无法读取）"})
final class RulesCheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "要检查的规则目录，例如 rules")
    Path dir;

    @Option(names = "--features", paramLabel = "DIR", description = "场景目录，默认为规则目录旁的 features")
    Path features;

    @Option(names = "--zones", paramLabel = "FILE", description = "开发区名录，默认 data/zones.csv")
    Path zones = Path.of("data/zones.csv");

    @Option(names = "--coverage", description = "另列出每条规则由哪些场景覆盖")
    boolean showCoverage;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ApplicationStarter.quietLibraries();
        Path featuresDir = features != null ? features : RulesetCheck.featuresBeside(dir, Path.of("features"));
        if (!Files.isDirectory(featuresDir)) {
            err.println("场景目录不存在：" + featuresDir + "（用 --features 指定）");
            return KaoheCommand.FAILED;
        }
        RulesetCheck.Checked checked;
        try {
            var check = new RulesetCheck(featuresDir, ZoneRegistry.load(zones), IndicatorCatalog.standard());
            out.println("检查规则目录 " + dir + "，场景目录 " + featuresDir + " ……");
            out.flush();
            checked = check.check("规则目录 " + dir, RulesetLoader.read(dir));
        } catch (RulesetException e) {
            err.println(e.getMessage());
            return KaoheCommand.BAD_RULES;
        } catch (RuntimeException e) {
            err.println("检查未完成：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return KaoheCommand.FAILED;
        }
        try {
            return print(checked.report(), out, err);
        } finally {
            if (checked.ruleset() != null) {
                checked.ruleset().close();
            }
        }
    }

    private int print(CheckReport report, PrintWriter out, PrintWriter err) {
        if (report.compileProblems().isEmpty()) {
            out.println("编译通过，规则版本 " + report.ruleset().substring(0, 12) + "，共" + (report.coverage().size() + report.uncovered().size())
                    + "条规则；运行" + report.scenarios() + "个场景，用时" + report.took().toMillis() / 100 / 10.0 + "秒。");
        }
        if (showCoverage) {
            out.println("规则覆盖：");
            for (Map.Entry<String, Set<String>> e : report.coverage().entrySet()) {
                out.println("  " + e.getKey() + "（" + e.getValue().size() + "个场景）");
                e.getValue().forEach(s -> out.println("      " + s));
            }
        }
        if (report.passed()) {
            out.println(report.summary());
            return 0;
        }
        err.println(report.summary());
        report.problems().forEach(p -> err.println("  " + p));
        return KaoheCommand.BAD_RULES;
    }
}
