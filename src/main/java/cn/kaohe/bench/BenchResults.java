package cn.kaohe.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link Bench} measured, as the summary lines the issue asks for and as Markdown for {@code docs/benchmarks.md}
 * (a table per step and the goals with measured and met). Sizes not run leave their lines out.
 */
public final class BenchResults {

    /** Bytes, the largest over an end-to-end's runs: after a collection, and the pools' peaks (garbage included); see {@link HeapWatch}. */
    record Heap(long afterGc, long inUse, long collections) {

        String described() {
            return (collections == 0 ? "no collection during the runs, heap in use at the end " : "heap after GC at most ") + Bench.megabytes(afterGc)
                    + " MB, pools' peaks " + Bench.megabytes(inUse) + " MB";
        }
    }

    final Bench.Options options;
    final Path work;
    double buildCold;
    Medians.Timing build;
    final Map<Integer, Equivalence.Report> equivalence = new LinkedHashMap<>();
    final Map<Integer, Medians.Timing> engine = new LinkedHashMap<>();
    final Map<Integer, Medians.Timing> floor = new LinkedHashMap<>();
    /** By database (H2, PostgreSQL), then by size. */
    final Map<String, Map<Integer, Medians.Timing>> endToEnd = new LinkedHashMap<>();
    final Map<String, Map<Integer, Heap>> heap = new LinkedHashMap<>();
    HeapCheck.Outcome heapCheck;
    int heapCheckZones;
    Medians.Timing check;
    int checkScenarios;
    boolean checkPassed;
    Medians.Timing whatIf;
    int whatIfZones;

    BenchResults(Bench.Options options, Path work) {
        this.options = options;
        this.work = work;
    }

    /** 2核，23.5 GiB，Java 17.0.15，GC PS Scavenge + PS MarkSweep，最大堆 6.0 GiB (in English for Markdown). */
    static String machine(boolean chinese) {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
        String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining(" + "));
        String format = chinese ? "%d核，内存 %.1f GiB，Java %s，GC %s，最大堆 %.1f GiB" : "%d cores, %.1f GiB memory, Java %s, GC %s, max heap %.1f GiB";
        return String.format(Locale.ROOT, format, Runtime.getRuntime().availableProcessors(), memory / 1073741824.0, Runtime.version(), gc,
                Runtime.getRuntime().maxMemory() / 1073741824.0);
    }

    /** The command that reproduces this run. */
    String command() {
        StringBuilder c = new StringBuilder("./kaohe bench --zones ").append(joined(options.zones())).append(" --runs ").append(options.runs())
                .append(" --seed ").append(options.seed());
        if (!options.endToEndZones().equals(options.zones())) {
            c.append(" --end-to-end-zones ").append(joined(options.endToEndZones()));
        }
        if (options.endToEndRuns() != options.runs()) {
            c.append(" --end-to-end-runs ").append(options.endToEndRuns());
        }
        if (options.postgres() != null) {
            c.append(" --postgres ").append(options.postgres()).append(" --db-user ").append(options.dbUser());
        }
        return c.toString();
    }

    /** The lines the issue names, for the sizes that were run. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(List.of("", "== 汇总 =="));
        if (build != null) {
            lines.add("ruleset build seconds: " + Bench.decimals(build.median()) + " (cold " + Bench.decimals(buildCold) + ")");
        }
        engine.keySet().forEach(n -> lines.add("evaluation seconds (" + n + " zones): " + Bench.decimals(engine.get(n).median())
                + ", baseline " + Bench.decimals(floor.get(n).median()) + ", ratio " + Bench.one(ratio(n))));
        if (engine.containsKey(Bench.NATIONAL)) {
            lines.add("evaluation/baseline ratio: " + Bench.one(ratio(Bench.NATIONAL)));
        }
        if (engine.containsKey(Bench.NATIONAL) && engine.containsKey(Bench.DOUBLED)) {
            lines.add("evaluation growth 2600->5200: " + Bench.one(engine.get(Bench.DOUBLED).median() / engine.get(Bench.NATIONAL).median()));
        }
        endToEnd.forEach((db, bySize) -> {
            bySize.forEach((n, t) -> lines.add("end-to-end seconds (" + db + ", " + n + " zones): " + Bench.decimals(t.median()) + ", "
                    + heap.get(db).get(n).described()));
            String suffix = db.equals("H2") ? "" : " (" + db + ")";
            if (bySize.containsKey(Bench.NATIONAL)) {
                lines.add("end-to-end seconds" + suffix + ": " + Bench.one(bySize.get(Bench.NATIONAL).median()));
            }
            if (bySize.containsKey(Bench.NATIONAL) && bySize.containsKey(Bench.DOUBLED)) {
                lines.add("growth 2600->5200" + suffix + ": " + Bench.one(bySize.get(Bench.DOUBLED).median() / bySize.get(Bench.NATIONAL).median()));
            }
        });
        if (heapCheck != null) {
            lines.add("end-to-end (" + heapCheckZones + " zones) in -Xmx" + heapCheck.maxHeap() + ": " + heapCheck.described());
        }
        if (check != null) {
            lines.add("rules check seconds: " + Bench.one(check.median()));
        }
        if (whatIf != null) {
            lines.add("what-if seconds: " + Bench.one(whatIf.median()) + (whatIfZones == Bench.NATIONAL ? "" : " (" + whatIfZones + " zones)"));
        }
        return lines;
    }

    /** The figures as Markdown: the machine and command, a table per step, and the goals. */
    public String markdown(String commit) {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(LocalDate.now()).append(" at commit `").append(commit).append("` on ").append(machine(false))
                .append(", with\n\n```sh\n").append(command()).append("\n```\n\n");
        md.append("| step | zones | median s | runs (warm-up) | note |\n|---|---:|---:|---:|---|\n");
        if (build != null) {
            row(md, "ruleset build", "", build, "cold " + Bench.decimals(buildCold) + " s");
        }
        engine.forEach((n, t) -> {
            row(md, "rule evaluation (`Evaluator.evaluate`)", String.valueOf(n), t,
                    "agrees with the floor on " + equivalence.get(n).fields() + " values");
            row(md, "hand-written floor (`BaselineEvaluator`)", String.valueOf(n), floor.get(n), "evaluation/baseline ratio " + Bench.one(ratio(n)));
        });
        endToEnd.forEach((db, bySize) -> bySize.forEach((n, t) -> row(md, "end to end, " + db, String.valueOf(n), t,
                heap.get(db).get(n).described())));
        if (check != null) {
            row(md, "rules check (all features)", "", check, checkScenarios + " scenarios, " + (checkPassed ? "passed" : "failed"));
        }
        if (whatIf != null) {
            row(md, "what-if (`ImpactService.analyse`)", String.valueOf(whatIfZones), whatIf,
                    "against the period stored (figures, run; no rectification list)");
        }
        md.append("\n| goal | measured | met |\n|---|---|---|\n");
        goal(md, "rule evaluation ≤ 3× the floor (national)", engine.containsKey(Bench.NATIONAL) ? ratio(Bench.NATIONAL) : Double.NaN, 3, "×");
        for (String db : options.postgres() == null ? List.of("H2") : List.of("H2", "PostgreSQL")) {
            Map<Integer, Medians.Timing> bySize = endToEnd.getOrDefault(db, Map.of());
            double national = bySize.containsKey(Bench.NATIONAL) ? bySize.get(Bench.NATIONAL).median() : Double.NaN;
            goal(md, "end to end national ≤ 15 s, " + db, national, 15, " s");
        }
        Map<Integer, Medians.Timing> h2 = endToEnd.getOrDefault("H2", Map.of());
        goal(md, "growth 2600→5200 ≤ 2.3× (end to end, H2)", h2.containsKey(Bench.NATIONAL) && h2.containsKey(Bench.DOUBLED)
                ? h2.get(Bench.DOUBLED).median() / h2.get(Bench.NATIONAL).median() : Double.NaN, 2.3, "×");
        boolean national = heapCheck != null && heapCheckZones == Bench.NATIONAL;
        md.append("| peak heap < 1 GB (national) | ").append(!national ? "not run" : "-Xmx" + heapCheck.maxHeap() + ": " + heapCheck.described())
                .append(" | ")
                .append(!national ? "—" : heapCheck.fits() ? "yes" : "no").append(" |\n");
        goal(md, "rules check ≤ 15 s warm", check == null ? Double.NaN : check.median(), 15, " s");
        goal(md, "what-if ≤ 20 s (national)", whatIf != null && whatIfZones == Bench.NATIONAL ? whatIf.median() : Double.NaN, 20, " s");
        return md.toString();
    }

    private double ratio(int n) {
        return engine.get(n).median() / floor.get(n).median();
    }

    private static void row(StringBuilder md, String step, String zones, Medians.Timing t, String note) {
        md.append("| ").append(step).append(" | ").append(zones).append(" | ").append(Bench.decimals(t.median())).append(" | ").append(t.runs())
                .append(" (").append(t.warmUps()).append(") | ").append(note).append(" |\n");
    }

    private static void goal(StringBuilder md, String goal, double measured, double limit, String unit) {
        boolean run = !Double.isNaN(measured);
        md.append("| ").append(goal).append(" | ").append(run ? Bench.one(measured) + unit : "not run").append(" | ")
                .append(run ? (measured <= limit ? "yes" : "no") : "—").append(" |\n");
    }

    private static String joined(List<Integer> sizes) {
        return sizes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
