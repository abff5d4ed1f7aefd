package cn.kaohe.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rulebook.CheckReport;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Does publishing leak? Builds the shipped rules again and again, each time with a different
 * comment (so a new version, a new Drools module), swaps it in as a publication does, and prints
 * the heap in use after a full collection. The first rounds warm up; after them the heap must stay
 * flat. {@code --checked N} runs the features (as a real publication does) for every Nth round too.
 *
 * <p>Run with {@code bench/reload-heap [rounds] [--checked N]}; exits 1 when the heap grew by more
 * than the allowance between the end of the warm-up and the last round.
 */
public final class ReloadHeapBenchmark {

    private static final long ALLOWANCE = 48L * 1024 * 1024;

    public static void main(String[] args) {
        int rounds = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 200;
        int checkedEvery = 0;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--checked")) {
                checkedEvery = Integer.parseInt(args[i + 1]);
            }
        }
        List<Ruleset.RuleFile> files = RulesetLoader.read(Path.of("rules"));
        RulesetCheck check = new RulesetCheck(Path.of("features"), ZoneRegistry.load(Path.of("data/zones.csv")), IndicatorCatalog.standard());
        int warmUp = Math.max(1, rounds / 10);
        long afterWarmUp = 0;
        long started = System.nanoTime();
        try (LiveRuleset live = new LiveRuleset(Path.of("rules"), RulesetLoader.build("基准", files))) {
            System.out.printf("%6s %12s %10s%n", "轮次", "已用堆(MB)", "用时(s)");
            for (int round = 1; round <= rounds; round++) {
                Ruleset next = RulesetLoader.build("基准第" + round + "轮", edited(files, round));
                if (checkedEvery > 0 && round % checkedEvery == 0) {
                    CheckReport report = check.run(next);
                    if (!report.passed()) {
                        throw new IllegalStateException(report.summary());
                    }
                }
                live.swap(next);
                if (round == warmUp || round % Math.max(1, rounds / 10) == 0 || round == rounds) {
                    long used = usedAfterGc();
                    if (round == warmUp) {
                        afterWarmUp = used;
                    }
                    System.out.printf("%6d %12.1f %10.1f%n", round, used / 1048576.0, (System.nanoTime() - started) / 1e9);
                }
            }
        }
        long end = usedAfterGc();
        long growth = end - afterWarmUp;
        System.out.printf("预热后（第%d轮）%.1f MB，结束时 %.1f MB，增长 %.1f MB（允许 %d MB）%n", warmUp, afterWarmUp / 1048576.0,
                end / 1048576.0, growth / 1048576.0, ALLOWANCE / 1048576);
        System.exit(growth > ALLOWANCE ? 1 : 0);
    }

    private static List<Ruleset.RuleFile> edited(List<Ruleset.RuleFile> files, int round) {
        List<Ruleset.RuleFile> copy = new ArrayList<>();
        for (Ruleset.RuleFile f : files) {
            copy.add(f.path().endsWith("common/warnings.drl") ? new Ruleset.RuleFile(f.path(), "// 第" + round + "次发布\n" + f.content()) : f);
        }
        return copy;
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
