package cn.kaohe.rulebook.steps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/**
 * What every scenario of one run shares: the ruleset under check, the zones, and which scenarios
 * each rule fired in. A run that checks a candidate ruleset installs its own context with
 * {@link #use} on its thread; the build's test suite runs with the default one, the real
 * {@code rules/} directory.
 */
public final class Rulebook {

    /**
     * @param coverage rule name → the scenarios it fired in ("features/x.feature:12 场景名")
     * @param scratch  rulesets built during the run (edited copies) that the run must close
     */
    public record Context(Ruleset rules, ZoneRegistry zones, IndicatorCatalog indicators, FiguresReader reader, Evaluator evaluator,
            Map<String, Set<String>> coverage, Map<String, Ruleset> scratch) {

        public Context(Ruleset rules, ZoneRegistry zones, IndicatorCatalog indicators) {
            this(rules, zones, indicators, new FiguresReader(zones, indicators), new Evaluator(zones, indicators),
                    new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        }

        void fired(Set<String> rules, String scenario) {
            for (String rule : rules) {
                coverage.computeIfAbsent(rule, r -> ConcurrentHashMap.newKeySet()).add(scenario);
            }
        }

        /** A ruleset derived from the one under check, built once per key and closed with the run. */
        Ruleset derived(String key, Function<List<Ruleset.RuleFile>, Ruleset> build) {
            return scratch.computeIfAbsent(key, k -> build.apply(new ArrayList<>(rules.files())));
        }

        /** Closes the rulesets the run built for itself; the ruleset under check belongs to the caller. */
        public void closeScratch() {
            scratch.values().forEach(Ruleset::close);
            scratch.clear();
        }
    }

    private static volatile Context context;
    /** A run's own context, on the thread that runs it (Cucumber runs a run's scenarios on the calling thread). */
    private static final ThreadLocal<Context> RUN = new ThreadLocal<>();

    private Rulebook() {
    }

    public static Context current() {
        Context own = RUN.get();
        if (own != null) {
            return own;
        }
        Context c = context;
        if (c == null) {
            synchronized (Rulebook.class) {
                if (context == null) {
                    context = new Context(RulesetLoader.load(Path.of("rules")), ZoneRegistry.load(Path.of("data/zones.csv")),
                            IndicatorCatalog.standard());
                }
                c = context;
            }
        }
        return c;
    }

    /**
     * Installs the context the scenarios run on this thread use (null to go back to the default), so
     * that a check in the application never disturbs another running at the same time.
     */
    public static void use(Context next) {
        if (next == null) {
            RUN.remove();
        } else {
            RUN.set(next);
        }
    }
}
