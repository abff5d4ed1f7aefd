package cn.kaohe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import cn.kaohe.impact.Impact;
import cn.kaohe.impact.PeriodImpact;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.period.AssessmentPeriods;
import cn.kaohe.publish.ImpactService;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetException;
import cn.kaohe.rules.RulesetLoader;

/** {@code kaohe rules diff DIR}: what a changed rules directory would change in the stored results. */
@Command(name = "diff", mixinStandardHelpOptions = true, resourceBundle = "cn.kaohe.cli.messages",
        description = {"影响预览：用规则目录中的规则重算已存的考核期，与已存的结果比较；不保存任何结果。",
                "用各期考核时的同一批数据，列出达标↔未达标的变化、目标值、得分、总分与排名、安全风险等级的变化，以及整改事项的增减。",
                "其他 --名称=值 形式的参数作为Spring Boot配置传入，例如 --spring.datasource.url=…"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:比较完成（无论有无变化）", "2:命令参数有误", "3:规则无法编译", "4:其他原因未完成（如数据库无法打开、考核期不存在）"})
final class RulesDiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "修改后的规则目录")
    Path dir;

    @Option(names = "--period", paramLabel = "考核期", description = "要比较的考核期，如 2023年1-6月；可写多次；不写则比较全部已考核的考核期")
    List<String> periods = new ArrayList<>();

    @Option(names = "--json", paramLabel = "FILE|-", description = "另将比较结果写成JSON文件；“-”写到标准输出（此时不打印文字）")
    String json;

    @CommandLine.Unmatched
    List<String> springArguments = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ApplicationStarter.springArgumentsValid(springArguments, spec) || !ApplicationStarter.jsonTargetValid(json, spec)) {
            return CommandLine.ExitCode.USAGE;
        }
        if (!Files.isDirectory(dir)) {
            err.println("规则目录不存在：" + dir.toAbsolutePath());
            return KaoheCommand.BAD_RULES;
        }
        Ruleset candidate;
        try {
            ApplicationStarter.quietLibraries();
            candidate = RulesetLoader.load(dir);
        } catch (RulesetException e) {
            err.println(e.getMessage());
            return KaoheCommand.BAD_RULES;
        }
        try (candidate; var context = ApplicationStarter.start(springArguments, null)) {
            AssessmentPeriods all = context.getBean(AssessmentPeriods.class);
            List<Long> ids = new ArrayList<>();
            for (String label : periods) {
                ids.add(all.findByLabel(label.strip()).map(AssessmentPeriod::getId)
                        .orElseThrow(() -> new IllegalArgumentException("没有考核期“" + label + "”")));
            }
            Impact impact = context.getBean(ImpactService.class).analyse("规则目录 " + dir, candidate, ids);
            if (json != null) {
                String text = JsonReport.any(impact);
                if ("-".equals(json)) {
                    out.println(text);
                    out.flush();
                    return 0;
                }
                Files.writeString(Path.of(json), text, StandardCharsets.UTF_8);
            }
            print(impact, candidate, out);
            if (json != null) {
                out.println("比较结果已写入 " + json);
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return KaoheCommand.FAILED;
        } catch (RuntimeException | IOException | LinkageError e) {
            return ApplicationStarter.report(e, err);
        }
    }

    private static void print(Impact impact, Ruleset candidate, PrintWriter out) {
        out.println("候选规则：规则目录（版本 " + candidate.version() + "）");
        out.println(impact.summary());
        for (PeriodImpact p : impact.periods()) {
            out.println();
            out.println("【" + p.period() + "】已存结果的规则版本 " + shorten(p.beforeRuleset()) + "：" + p.summary());
            if (!p.flips().isEmpty()) {
                TextTable t = new TextTable(List.of("对象", "指标", "实际值", "原目标", "新目标", "变化"), false, false, true, true, true, false);
                p.flips().forEach(f -> t.add(f.subject(), f.indicator(), text(f.actual()), text(f.beforeTarget()), text(f.afterTarget()),
                        f.change().label()));
                t.print(out);
            }
            if (!p.targetChanges().isEmpty()) {
                out.println("目标值调整、达标情况不变：");
                TextTable t = new TextTable(List.of("对象", "指标", "原目标", "新目标", "判定"), false, false, true, true, false);
                p.targetChanges().forEach(c -> t.add(c.subject(), c.indicator(), text(c.beforeTarget()), text(c.afterTarget()), c.verdict()));
                t.print(out);
            }
            p.standingChanges().forEach(s -> out.println("总分与排名：" + s.subject() + " " + text(s.beforeTotal()) + "分（第" + s.beforeRank()
                    + "名）→ " + text(s.afterTotal()) + "分（第" + s.afterRank() + "名）"));
            p.gradeChanges().forEach(g -> out.println("安全风险等级：" + g.subject() + " " + g.beforeGrade() + " → " + g.afterGrade()));
            p.rectificationsAdded().forEach(r -> out.println("整改事项新增：" + r.subject() + " " + r.text()));
            p.rectificationsRemoved().forEach(r -> out.println("整改事项减少：" + r.subject() + " " + r.text()));
        }
    }

    private static String shorten(String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }

    private static String text(Object value) {
        return value == null ? "—" : value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
    }
}
