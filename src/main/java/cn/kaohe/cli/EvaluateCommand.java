package cn.kaohe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import cn.kaohe.Preloaded;
import cn.kaohe.assessment.AssessmentService;
import cn.kaohe.assessment.AssessmentService.StoredEvaluation;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.FiguresRejectedException;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.zone.ZoneRegistry;

/** {@code kaohe evaluate --facts FILE}: evaluates one period's figures, prints and stores the result. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, resourceBundle = "cn.kaohe.cli.messages",
        description = {"考核一个考核期：读取数据文件，按规则判定达标、计分、排名并生成整改清单，结果存入历史记录。",
                "数据文件为CSV（UTF-8或GBK），表头为：考核期,对象,指标,数值[,上年同期][,备注]。",
                "其他 --名称=值 形式的参数作为Spring Boot配置传入，例如 --spring.datasource.url=…"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出码：%n",
        exitCodeList = {"0:考核完成", "1:数据文件有误，未考核、未保存", "2:命令参数有误", "3:规则无法编译或相互冲突", "4:其他原因未完成（如数据库无法打开）"})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--facts", required = true, paramLabel = "FILE", description = "本期数据文件（CSV）")
    Path facts;

    @Option(names = "--zones", paramLabel = "FILE", description = "开发区名录，默认 data/zones.csv")
    Path zones;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则目录，默认 rules")
    Path rules;

    @Option(names = "--json", paramLabel = "FILE|-", description = "另将结果写成JSON文件；“-”写到标准输出（此时不打印表格）")
    String json;

    @CommandLine.Unmatched
    List<String> springArguments = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Everything that can be refused is refused before Spring starts (arguments, directories, the figures
     * file checked row by row against the registry); then the rules are built on another thread while
     * Spring starts, and the checked figures are stored and evaluated.
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!ApplicationStarter.springArgumentsValid(springArguments, spec)) {
            return CommandLine.ExitCode.USAGE;
        }
        Path rulesDir = rules != null ? rules : Path.of(ApplicationStarter.setting(springArguments, "kaohe.rules-dir", "rules"));
        if (!Files.isDirectory(rulesDir)) {
            err.println("规则目录不存在：" + rulesDir.toAbsolutePath());
            return KaoheCommand.BAD_RULES;
        }
        if (!ApplicationStarter.jsonTargetValid(json, spec)) {
            return CommandLine.ExitCode.USAGE;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(facts);
        } catch (NoSuchFileException e) {
            err.println("数据文件不存在：" + facts);
            return KaoheCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println("无法读取数据文件 " + facts + "：" + e.getMessage());
            return KaoheCommand.BAD_INPUT;
        }
        String source = facts.getFileName().toString();
        Path zonesFile = zones != null ? zones : Path.of(ApplicationStarter.setting(springArguments, "kaohe.zones-file", "data/zones.csv"));
        Preloaded checked;
        PeriodFigures figures;
        try {
            checked = new Preloaded(zonesFile, ZoneRegistry.load(zonesFile), IndicatorCatalog.standard(), null, null);
            figures = new FiguresReader(checked.zones(), checked.indicators()).read(source, bytes);
        } catch (FiguresRejectedException e) {
            err.println(e.getMessage());
            return KaoheCommand.BAD_INPUT;
        } catch (RuntimeException e) {
            return ApplicationStarter.report(e, err);
        }
        List<String> settings = new ArrayList<>(springArguments);
        // --rules and --zones win over the same setting given as --kaohe.…=: Spring would join both values with a comma
        if (rules != null) {
            settings.removeIf(a -> a.startsWith("--kaohe.rules-dir="));
            settings.add("--kaohe.rules-dir=" + rules);
        }
        if (zones != null) {
            settings.removeIf(a -> a.startsWith("--kaohe.zones-file="));
            settings.add("--kaohe.zones-file=" + zones);
        }
        try (BackgroundRuleset ruleset = BackgroundRuleset.of(rulesDir);
                var context = ApplicationStarter.start(settings, new Preloaded(zonesFile, checked.zones(), checked.indicators(), rulesDir, ruleset))) {
            // Spring may have been told of another registry (a configuration file): then the figures are read against that one.
            PeriodFigures toStore = context.getBean(ZoneRegistry.class) == checked.zones() ? figures : context.getBean(FiguresReader.class).read(source, bytes);
            StoredEvaluation stored = context.getBean(AssessmentService.class).evaluate(toStore);
            boolean jsonToStdout = "-".equals(json);
            if (!jsonToStdout) {
                new ResultTable(out).print(stored);
            }
            if (json != null) {
                String text = JsonReport.write(stored);
                if (jsonToStdout) {
                    out.println(text);
                } else {
                    Files.writeString(Path.of(json), text, java.nio.charset.StandardCharsets.UTF_8);
                    out.println("结果已写入 " + json);
                }
            }
            out.flush();
            return CommandLine.ExitCode.OK;
        } catch (FiguresRejectedException e) {
            err.println(e.getMessage());
            return KaoheCommand.BAD_INPUT;
        } catch (RuntimeException | IOException | LinkageError e) {
            return ApplicationStarter.report(e, err);
        }
    }
}
