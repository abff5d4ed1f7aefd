package cn.kaohe.rulebook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetException;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/**
 * The check every candidate ruleset passes before it may go live: it compiles, its features pass
 * against it, and every rule is exercised by some scenario. Used by {@code kaohe rules check}, by the
 * publisher and by the rulebook page.
 */
public final class RulesetCheck {

    /** A candidate that compiled, with its report; the caller owns (and closes) the ruleset. */
    public record Checked(Ruleset ruleset, CheckReport report) {
    }

    private final Path featuresDir;
    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;

    public RulesetCheck(Path featuresDir, ZoneRegistry zones, IndicatorCatalog indicators) {
        this.featuresDir = featuresDir;
        this.zones = zones;
        this.indicators = indicators;
    }

    /** The features directory that goes with a rules directory: {@code features/} beside it, if there is one. */
    public static Path featuresBeside(Path rulesDir, Path fallback) {
        Path parent = rulesDir.toAbsolutePath().normalize().getParent();
        Path beside = parent == null ? null : parent.resolve("features");
        return beside != null && Files.isDirectory(beside) ? beside : fallback;
    }

    public Path featuresDir() {
        return featuresDir;
    }

    /** Compiles the files and runs the features; the ruleset is null when it did not compile. */
    public Checked check(String origin, List<Ruleset.RuleFile> files) {
        return check(origin, files, CheckProgress.NONE);
    }

    /** As {@link #check(String, List)}, reporting its progress. */
    public Checked check(String origin, List<Ruleset.RuleFile> files, CheckProgress progress) {
        Instant started = Instant.now();
        progress.at("编译规则", 5);
        Ruleset ruleset;
        try {
            ruleset = RulesetLoader.build(origin, files);
        } catch (RulesetException e) {
            List<String> problems = e.problems().isEmpty() ? List.of(e.getMessage()) : e.problems();
            return new Checked(null, CheckReport.notCompiled(problems, Instant.now()));
        }
        try {
            return new Checked(ruleset, FeatureRun.run(ruleset, featuresDir, zones, indicators, progress).timedFrom(started));
        } catch (RuntimeException e) {
            ruleset.close();
            throw e;
        }
    }

    /** Runs the features against a ruleset that compiled. */
    public CheckReport run(Ruleset ruleset) {
        return run(ruleset, CheckProgress.NONE);
    }

    /** As {@link #run(Ruleset)}, reporting each scenario run and the feature it belongs to. */
    public CheckReport run(Ruleset ruleset, CheckProgress progress) {
        return FeatureRun.run(ruleset, featuresDir, zones, indicators, progress);
    }
}
