package cn.kaohe.features;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/**
 * What every scenario shares: the real {@code rules/} directory and {@code data/zones.csv}, built
 * once, and the names of the rules that have fired so far.
 */
final class Rulebook {

    static final Ruleset RULES = RulesetLoader.load(Path.of("rules"));
    static final ZoneRegistry ZONES = ZoneRegistry.load(Path.of("data/zones.csv"));
    static final IndicatorCatalog INDICATORS = IndicatorCatalog.standard();
    static final FiguresReader READER = new FiguresReader(ZONES, INDICATORS);
    static final Evaluator EVALUATOR = new Evaluator(ZONES, INDICATORS);
    static final Set<String> FIRED = ConcurrentHashMap.newKeySet();

    private Rulebook() {
    }
}
