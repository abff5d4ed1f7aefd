package cn.kaohe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import cn.kaohe.bench.Bench;
import cn.kaohe.bench.BenchResults;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.RulesetException;

/** {@code kaohe bench}: the product's speed at province and national scale, against the hand-written floor. */
@Command(name = "bench", mixinStandardHelpOptions = true, resourceBundle = "cn.kaohe.cli.messages",
        description = {"基准测试：生成各规模的虚构考核期，先核对规则引擎与手写底线的结果一致。",
                "再测量规则构建、规则考核与手写底线、端到端（导入、考核、保存、整改清单、导出，每次一个新的数据库）、规则检查和影响预览的用时，预热后取中位数。",
                "要几分钟到几十分钟，边做边打印进度。"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:测量完成", "1:规则引擎与手写底线的结果不一致（列出差异，不测量）", "2:命令参数有误", "3:规则无法编译", "4:其他原因未完成"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--zones", split = ",", paramLabel = "N", defaultValue = "260,2600,5200", description = "考核期的规模（开发区数量），默认 ${DEFAULT-VALUE}")
    List<Integer> zones;

    @Option(names = "--end-to-end-zones", split = ",", paramLabel = "N", description = "端到端测量哪些规模（须在 --zones 中；0 表示不测），默认与 --zones 相同")
    List<Integer> endToEndZones;

    @Option(names = "--runs", paramLabel = "K", defaultValue = "5", description = "每项计时的次数（预热之外），默认 ${DEFAULT-VALUE}")
    int runs;

    @Option(names = "--end-to-end-runs", paramLabel = "K", description = "端到端每个规模计时的次数，默认与 --runs 相同")
    Integer endToEndRuns;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "生成考核期的随机数种子，默认 ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "规则目录，默认 ${DEFAULT-VALUE}")
    Path rules;

    @Option(names = "--features", paramLabel = "DIR", description = "规则检查用的场景目录，默认为规则目录旁的 features")
    Path features;

    @Option(names = "--check-zones", paramLabel = "FILE", defaultValue = "data/zones.csv", description = "规则检查用的开发区名录，默认 ${DEFAULT-VALUE}")
    Path checkZones;

    @Option(names = "--postgres", paramLabel = "JDBC-URL",
            description = "另在 PostgreSQL 上测量端到端，例如 jdbc:postgresql://127.0.0.1:5432/kaohe_bench（每次建一个新的模式，用完删除）")
    String postgres;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "postgres", description = "PostgreSQL 用户，默认 ${DEFAULT-VALUE}")
    String dbUser;

    @Option(names = "--out", paramLabel = "FILE", description = "另把结果写成 Markdown（供 docs/benchmarks.md）")
    Path out;

    @Option(names = "--no-heap-check", description = "不在 -Xmx1g 的子进程中再运行一次全国规模（2600个开发区）的端到端")
    boolean noHeapCheck;

    @Option(names = "--heap-child", hidden = true)
    boolean heapChild;

    @Option(names = "--work", hidden = true)
    Path work;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Integer> endToEnd = endToEndZones == null ? zones : endToEndZones;
        boolean endToEndKnown = endToEnd.stream().allMatch(n -> n == 0 || zones.contains(n));
        if (runs < 1 || endToEndRuns != null && endToEndRuns < 1 || zones.stream().anyMatch(n -> n < 9) || !endToEndKnown) {
            err.println("参数错误：--runs、--end-to-end-runs 至少为1，每个规模至少9个开发区，--end-to-end-zones 须在 --zones 之中（或为0）。用 kaohe bench --help 查看用法。");
            return CommandLine.ExitCode.USAGE;
        }
        if (!Files.isDirectory(rules)) {
            err.println("规则目录不存在：" + rules);
            return KaoheCommand.FAILED;
        }
        ApplicationStarter.quietLibraries();
        Path featuresDir = features != null ? features : RulesetCheck.featuresBeside(rules, Path.of("features"));
        Bench.Options options = new Bench.Options(List.copyOf(zones), List.copyOf(endToEnd), runs, endToEndRuns == null ? runs : endToEndRuns,
                seed, rules, featuresDir, checkZones, postgres, dbUser, !noHeapCheck, work);
        try {
            if (heapChild) {
                Bench.child(options, settings -> ApplicationStarter.start(settings, null), stdout);
                return CommandLine.ExitCode.OK;
            }
            String measured = commit();
            BenchResults results = Bench.run(options, settings -> ApplicationStarter.start(settings, null), stdout);
            if (out != null) {
                Files.writeString(out, results.markdown(measured), StandardCharsets.UTF_8);
                stdout.println("Markdown 已写入 " + out);
            }
            return CommandLine.ExitCode.OK;
        } catch (Bench.Disagreement e) {
            err.println(e.getMessage());
            return KaoheCommand.BAD_INPUT;
        } catch (RulesetException e) {
            err.println(e.getMessage());
            return KaoheCommand.BAD_RULES;
        } catch (IOException | RuntimeException | InterruptedException | LinkageError e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            err.println("基准测试未完成：" + (e.getMessage() != null ? e.getMessage() : root.getClass().getSimpleName()));
            return KaoheCommand.FAILED;
        }
    }

    /** The commit measured (taken at the start), with "+改动" when the work tree differs from it; "未知" outside a git work tree. */
    private static String commit() {
        try {
            String head = git("rev-parse", "--short=12", "HEAD");
            return head.isEmpty() ? "未知" : head + (git("status", "--porcelain", "--untracked-files=no").isEmpty() ? "" : "+改动");
        } catch (IOException | InterruptedException e) {
            return "未知";
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? text : "";
    }
}
