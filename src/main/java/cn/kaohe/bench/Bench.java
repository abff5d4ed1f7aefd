package cn.kaohe.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ConfigurableApplicationContext;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.period.Period;
import cn.kaohe.rulebook.CheckReport;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/**
 * {@code kaohe bench}: the product measured at province and national scale, each figure the median of timed runs after
 * warm-up. Generates the periods, builds the shipped rules (cold, then warm), checks that the rule engine and the
 * hand-written floor agree on every period (and stops, showing the differences, when they do not), times both, runs
 * import → evaluate → store → export end to end on a fresh database per run, checks the national run (or the largest
 * run) fits in 1 GB of heap in a child JVM, and times the what-if (on the national period) and the rules check. Prints
 * progress as it goes and the lines the issue asks for ({@code evaluation/baseline ratio: N.N} …); {@link BenchResults}
 * writes the same figures as Markdown.
 */
public final class Bench {

    /** The national period; the growth is measured from it to twice its size. */
    static final int NATIONAL = 2600;
    static final int DOUBLED = 5200;
    static final String MAX_HEAP = "1g";
    /** The end-to-end warm-up: small, it loads and compiles the code of the path without waiting on its slowest parts. */
    static final int WARM_UP_ZONES = 30;

    /**
     * @param endToEndZones the sizes run end to end (a subset of {@code zones} is typical: 260 while the write path is slow; none
     *                      when it holds only sizes not generated, such as 0)
     * @param endToEndRuns  timed runs per size end to end, each on a fresh database
     * @param checkZones    the registry the features are checked with ({@code data/zones.csv})
     * @param postgres      a PostgreSQL JDBC URL to run end to end on as well, or null
     * @param work          where the periods and databases are written (a fresh temporary directory when null)
     */
    public record Options(List<Integer> zones, List<Integer> endToEndZones, int runs, int endToEndRuns, long seed, Path rules, Path features,
            Path checkZones, String postgres, String dbUser, boolean heapCheck, Path work) {
    }

    /** The rule engine and the floor disagree: the benchmark would compare different work. */
    public static final class Disagreement extends RuntimeException {
        Disagreement(String message) {
            super(message);
        }
    }

    private final Options options;
    private final PrintWriter out;
    private final EndToEnd endToEnd;
    private final BenchResults results;

    private Bench(Options options, Function<List<String>, ConfigurableApplicationContext> starter, PrintWriter out, BenchResults results) {
        this.options = options;
        this.out = out;
        this.endToEnd = new EndToEnd(starter, options.rules());
        this.results = results;
    }

    /**
     * @param starter starts a quiet non-web application context with the given settings
     * @throws Disagreement when the engine and the floor do not compute the same on a period
     */
    public static BenchResults run(Options options, Function<List<String>, ConfigurableApplicationContext> starter, PrintWriter out)
            throws IOException, InterruptedException {
        Path work = options.work() != null ? options.work() : Files.createTempDirectory("kaohe-bench");
        BenchResults results = new BenchResults(options, work);
        try {
            new Bench(options, starter, out, results).all(work);
        } finally {
            if (options.work() == null) {
                EndToEnd.delete(work);
            }
        }
        return results;
    }

    /** The child JVM's part of the heap check: one end-to-end run on H2, its figures printed for the parent. */
    public static void child(Options options, Function<List<String>, ConfigurableApplicationContext> starter, PrintWriter out) throws IOException {
        int zones = options.zones().get(0);
        PeriodGenerator.Generated g = new PeriodGenerator(zones, options.seed(), Period.parse("2023年1-6月")).write(options.work().resolve("g"));
        EndToEnd.Run run = new EndToEnd(starter, options.rules()).run(g, EndToEnd.Database.H2, options.work().resolve("run"));
        out.println(HeapCheck.SECONDS + decimals(run.seconds()));
        out.println(HeapCheck.PEAK + megabytes(run.peakAfterGc()));
        out.flush();
    }

    private void all(Path work) throws IOException, InterruptedException {
        say(BenchResults.machine(true));
        say("工作目录 " + work + "；每项先预热，再计时取中位数（次数见各行）。");
        Map<Integer, PeriodGenerator.Generated> periods = new LinkedHashMap<>();
        for (int n : options.zones()) {
            PeriodGenerator.Generated g = new PeriodGenerator(n, options.seed(), Period.parse("2023年1-6月")).write(work.resolve("g" + n));
            periods.put(n, g);
            say(String.format("已生成 %d个开发区：%d个化工园区，%d个市，%d行数据 → %s", n, g.parks(), g.cities(), g.rows(), g.figures()));
        }
        say("【规则构建】");
        long coldStart = System.nanoTime();
        Ruleset shipped = RulesetLoader.load(options.rules());
        results.buildCold = (System.nanoTime() - coldStart) / 1e9;
        say("    首次（冷）：" + decimals(results.buildCold) + " s");
        results.build = Medians.time("规则构建", 2, options.runs(), this::say, i -> RulesetLoader.load(options.rules()).close());
        say("ruleset build seconds: " + decimals(results.build.median()) + "（冷 " + decimals(results.buildCold) + "；"
                + results.build.described() + "）");
        try (shipped) {
            evaluation(shipped, periods);
            endToEnd(periods, work);
            int whatIfSize = periods.containsKey(NATIONAL) ? NATIONAL : Collections.max(periods.keySet());
            say("【影响预览（what-if）：现行规则重算已存的" + whatIfSize + "个开发区考核期并与已存结果比较（先导入、考核、保存，不计时）】");
            results.whatIf = endToEnd.whatIf(periods.get(whatIfSize), shipped, options.runs(), work.resolve("what-if"), this::say);
            results.whatIfZones = whatIfSize;
            say("what-if seconds: " + decimals(results.whatIf.median()) + "（" + whatIfSize + "个开发区；" + results.whatIf.described() + "）");
            say("【规则检查：编译好的规则运行全部场景】");
            RulesetCheck check = new RulesetCheck(options.features(), ZoneRegistry.load(options.checkZones()), IndicatorCatalog.standard());
            CheckReport[] last = new CheckReport[1];
            results.check = Medians.time("规则检查", 1, options.runs(), this::say, i -> last[0] = check.run(shipped));
            results.checkScenarios = last[0].scenarios();
            results.checkPassed = last[0].passed();
            say("    " + last[0].summary());
            say("rules check seconds: " + decimals(results.check.median()) + "（" + results.check.described() + "）");
        }
        results.lines().forEach(this::say);
    }

    /** Checks every period (the national one first), then times the engine and the floor on each. */
    private void evaluation(Ruleset shipped, Map<Integer, PeriodGenerator.Generated> periods) throws IOException {
        say("【规则考核与手写底线：先核对结果一致】");
        Map<Integer, PeriodFigures> figures = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>(periods.keySet());
        order.sort((a, b) -> a == NATIONAL ? -1 : b == NATIONAL ? 1 : Integer.compare(a, b));
        for (int n : order) {
            ZoneRegistry registry = ZoneRegistry.load(periods.get(n).zones());
            PeriodFigures read = new FiguresReader(registry, IndicatorCatalog.standard())
                    .read("figures.csv", Files.readAllBytes(periods.get(n).figures()));
            Evaluation engine = new Evaluator(registry, IndicatorCatalog.standard()).evaluate(read, shipped);
            Equivalence.Report report = Equivalence.compare(engine, new BaselineEvaluator(registry, shipped.files()).evaluate(read));
            say(String.format("    %d个开发区（%d条数据）：%s", n, read.figures().size(), report.summary()));
            if (!report.agrees()) {
                report.first().forEach(d -> say("      " + d));
                throw new Disagreement(n + "个开发区的考核期上规则引擎与手写底线的结果不一致（" + report.differences() + "处），不能比较用时");
            }
            results.equivalence.put(n, report);
            figures.put(n, read);
        }
        for (int n : periods.keySet()) {
            ZoneRegistry registry = ZoneRegistry.load(periods.get(n).zones());
            Evaluator evaluator = new Evaluator(registry, IndicatorCatalog.standard());
            BaselineEvaluator floor = new BaselineEvaluator(registry, shipped.files());
            PeriodFigures read = figures.get(n);
            Medians.Timing engine = Medians.time("规则考核 " + n, 2, options.runs(), this::say, i -> evaluator.evaluate(read, shipped));
            Medians.Timing baseline = Medians.time("手写底线 " + n, 10, Math.max(10, 3 * options.runs()), this::say, i -> floor.evaluate(read));
            results.engine.put(n, engine);
            results.floor.put(n, baseline);
            say(String.format("    %d个开发区：规则考核%s；手写底线%s", n, engine.described(), baseline.described()));
            say("evaluation/baseline ratio (" + n + " zones): " + one(engine.median() / baseline.median()));
            figures.remove(n);
        }
    }

    /** End to end on H2 (and PostgreSQL when given) for each size asked, then the largest in a child JVM with 1 GB of heap. */
    private void endToEnd(Map<Integer, PeriodGenerator.Generated> periods, Path work) throws IOException, InterruptedException {
        List<Integer> sizes = options.endToEndZones().stream().filter(periods::containsKey).sorted().toList();
        if (sizes.isEmpty()) {
            return;
        }
        List<EndToEnd.Database> databases = new ArrayList<>(List.of(EndToEnd.Database.H2));
        if (options.postgres() != null) {
            databases.add(new EndToEnd.Database(options.postgres(), options.dbUser()));
        }
        say("【端到端：导入 → 考核 → 保存 → 整改清单 → 导出考核结果工作簿，每次一个新数据库】");
        PeriodGenerator.Generated small = new PeriodGenerator(WARM_UP_ZONES, options.seed(), Period.parse("2023年1-6月")).write(work.resolve("g-warm"));
        EndToEnd.Run warm = endToEnd.run(small, EndToEnd.Database.H2, work.resolve("e2e-warm"));
        say("    预热（" + WARM_UP_ZONES + "个开发区，H2）：" + decimals(warm.seconds()) + " s");
        for (EndToEnd.Database db : databases) {
            for (int n : sizes) {
                endToEndAt(db, n, periods.get(n), work);
            }
        }
        if (options.heapCheck()) {
            int size = sizes.contains(NATIONAL) ? NATIONAL : sizes.get(sizes.size() - 1);
            say("【堆：" + size + "个开发区的端到端在 -Xmx" + MAX_HEAP + " 的子进程中再运行一次】");
            results.heapCheck = HeapCheck.inChildJvm(MAX_HEAP, HeapCheck.childArguments(size, options.seed(), options.rules(),
                    work.resolve("heap-child")), this::say);
            results.heapCheckZones = size;
            say("    " + (results.heapCheck.fits() ? "能" : "未能") + "在 -Xmx" + MAX_HEAP + " 内完成：" + results.heapCheck.described());
        }
    }

    /** The timed end-to-end runs of one size on one database. */
    private void endToEndAt(EndToEnd.Database db, int n, PeriodGenerator.Generated period, Path work) throws IOException {
        List<Double> seconds = new ArrayList<>();
        long inUse = 0;
        long afterGc = 0;
        long collections = 0;
        for (int i = 1; i <= options.endToEndRuns(); i++) {
            EndToEnd.Run run = endToEnd.run(period, db, work.resolve("e2e-" + n + "-" + i));
            seconds.add(run.seconds());
            inUse = Math.max(inUse, run.peakInUse());
            afterGc = Math.max(afterGc, run.peakAfterGc());
            collections += run.collections();
            say(String.format("    端到端 %s %d 计时 %d/%d：%s s，堆：%s %s MB，峰值（含未回收的）%s MB，期间垃圾回收%d次", db.label(), n, i,
                    options.endToEndRuns(), decimals(run.seconds()), run.collections() == 0 ? "结束时" : "回收后最多", megabytes(run.peakAfterGc()),
                    megabytes(run.peakInUse()), run.collections()));
        }
        Medians.Timing t = new Medians.Timing("端到端 " + db.label() + " " + n, 1, seconds);
        results.endToEnd.computeIfAbsent(db.label(), k -> new LinkedHashMap<>()).put(n, t);
        results.heap.computeIfAbsent(db.label(), k -> new LinkedHashMap<>()).put(n, new BenchResults.Heap(afterGc, inUse, collections));
        say(String.format("    %s %d个开发区：%s", db.label(), n, t.described()));
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }

    /** Seconds as printed: three decimals below 10, one above. */
    static String decimals(double seconds) {
        return String.format(Locale.ROOT, seconds < 10 ? "%.3f" : "%.1f", seconds);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
    }

    /** The N.N of the lines. */
    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
