package cn.kaohe.rulebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.kaohe.rulebook.FeatureDocs.Feature;
import cn.kaohe.rulebook.FeatureDocs.Scenario;
import cn.kaohe.rulebook.RulebookView.Covering;

/**
 * Where a check's findings are written: coverage labels ("features/x.feature:15 场景名") and failures
 * (file and line) lead to a scenario of the features, whether the line is the scenario's own or, for an
 * outline, one of its examples rows.
 */
final class ScenarioIndex {

    private static final Pattern LABEL = Pattern.compile("^(\\S+):(\\d+) (.*)$");

    /** A scenario of a feature: the key the maps below use. */
    record Place(String feature, int line) {
    }

    private final Map<String, Feature> features = new LinkedHashMap<>();
    private final Function<String, String> pageOf;
    private final Map<Place, Set<String>> rulesByScenario = new LinkedHashMap<>();
    private final Map<Place, List<CheckReport.Failure>> failuresByScenario = new LinkedHashMap<>();

    /**
     * @param pageOf a feature's path → the rule file (relative to rules/) whose page shows it, or null
     */
    ScenarioIndex(FeatureDocs docs, CheckReport report, Function<String, String> pageOf) {
        docs.features().forEach(f -> features.put(f.path(), f));
        this.pageOf = pageOf;
        if (report != null) {
            report.coverage().forEach((rule, labels) -> labels.forEach(label -> place(label).ifPresent(
                    p -> rulesByScenario.computeIfAbsent(p, k -> new TreeSet<>()).add(rule))));
            for (CheckReport.Failure f : report.failures()) {
                Place p = place(f.file(), f.line()).orElse(new Place(f.file(), f.line()));
                failuresByScenario.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
            }
        }
    }

    /** The anchor of a scenario or an examples row on a file page: industrial-targets-2023-L15. */
    static String anchor(String featurePath, int line) {
        String name = featurePath.replaceFirst("^[^/]*/", "").replaceFirst("\\.feature$", "");
        return name.replaceAll("[^A-Za-z0-9_-]+", "-") + "-L" + line;
    }

    /** The scenarios a rule fired in, one entry per scenario (an outline's rows counted), in feature order. */
    List<Covering> coverings(Set<String> labels) {
        Map<Place, Covering> byPlace = new LinkedHashMap<>();
        for (String label : labels) {
            Matcher m = LABEL.matcher(label);
            String file = m.matches() ? m.group(1) : label;
            int line = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            String name = m.matches() ? m.group(3) : label;
            Optional<Place> place = place(file, line);
            Place key = place.orElse(new Place(file, line));
            Covering before = byPlace.get(key);
            if (before != null) {
                byPlace.put(key, new Covering(before.feature(), before.line(), before.name(), before.href(), before.runs() + 1));
                continue;
            }
            String page = place.isPresent() ? pageOf.apply(file) : null;
            String title = place.map(p -> features.get(p.feature()).scenarioAt(p.line()).orElseThrow().name()).orElse(name);
            String href = page == null ? null : "/rulebook/file?path=" + page + "#" + anchor(file, key.line());
            byPlace.put(key, new Covering(file, key.line(), title, href, 1));
        }
        List<Covering> list = new ArrayList<>(byPlace.values());
        list.sort(Comparator.comparing(Covering::feature).thenComparingInt(Covering::line));
        return list;
    }

    Set<String> rules(String feature, Scenario scenario) {
        return rulesByScenario.getOrDefault(new Place(feature, scenario.line()), Set.of());
    }

    List<CheckReport.Failure> failures(String feature, Scenario scenario) {
        return failuresByScenario.getOrDefault(new Place(feature, scenario.line()), List.of());
    }

    /** Failures the check reported at places no longer in the features (they were edited since). */
    List<CheckReport.Failure> unplaced() {
        List<CheckReport.Failure> list = new ArrayList<>();
        failuresByScenario.forEach((place, failures) -> {
            if (!features.containsKey(place.feature()) || features.get(place.feature()).scenarioAt(place.line()).isEmpty()) {
                list.addAll(failures);
            }
        });
        return list;
    }

    private Optional<Place> place(String label) {
        Matcher m = LABEL.matcher(label);
        return m.matches() ? place(m.group(1), Integer.parseInt(m.group(2))) : Optional.empty();
    }

    private Optional<Place> place(String file, int line) {
        Feature feature = features.get(file);
        return feature == null ? Optional.empty() : feature.scenarioAt(line).map(s -> new Place(file, s.line()));
    }
}
