package cn.kaohe.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import cn.kaohe.bench.PeriodGenerator;
import cn.kaohe.period.Period;

/** {@code kaohe generate --zones N --seed S --out DIR}: an invented period at any scale, for benchmarks and trials. */
@Command(name = "generate", mixinStandardHelpOptions = true, resourceBundle = "cn.kaohe.cli.messages",
        description = {"生成一个虚构的考核期（用于基准测试和试用）：开发区名录 zones.csv 和本期数据 figures.csv（长表，UTF-8）。",
                "同样的数量和种子总是生成同样的文件。2600个约为全国规模，100个约为一个省。",
                "生成后可以这样考核：kaohe evaluate --facts DIR/figures.csv --zones DIR/zones.csv"},
        synopsisHeading = "用法：", optionListHeading = "%n选项：%n",
        exitCodeListHeading = "%n退出码：%n", exitCodeList = {"0:已生成", "2:命令参数有误", "4:无法写入输出目录"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--zones", required = true, paramLabel = "N", description = "开发区数量（至少9个），每9个一个市，另按每4个工业类开发区一个化工园区")
    int zones;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "随机数种子，默认 ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--period", paramLabel = "考核期", defaultValue = "2023年1-6月", description = "考核期，默认 ${DEFAULT-VALUE}（已有2023年的目标）")
    String period;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录（不存在时创建；已有的 zones.csv、figures.csv 被覆盖）")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PeriodGenerator generator;
        try {
            generator = new PeriodGenerator(zones, seed, Period.parse(period));
        } catch (IllegalArgumentException e) {
            err.println("参数错误：" + e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        try {
            PeriodGenerator.Generated g = generator.write(out);
            spec.commandLine().getOut().printf("已生成 %s：%d个开发区、%d个化工园区，%d个市；%d行数据（其中%d行有上年同期），写入 %s%n",
                    Period.parse(period).label(), g.zoneCount(), g.parks(), g.cities(), g.rows(), g.previousValues(), g.figures());
            spec.commandLine().getOut().println("开发区名录：" + g.zones());
            return CommandLine.ExitCode.OK;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return KaoheCommand.FAILED;
        }
    }
}
