package cn.kaohe.rulebook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.kaohe.rulebook.FeatureDocs.Feature;
import cn.kaohe.rulebook.FeatureDocs.Scenario;
import cn.kaohe.rules.Ruleset;

/**
 * The rulebook: every rule file of a ruleset beside the features that document it, the scenarios that
 * cover each of its rules, and the outcome of the last check of that ruleset (absent until one ran).
 *
 * @param check    the last check of this ruleset, null when it has not been checked
 * @param problems features that could not be read, and failures at lines no longer in the features
 */
public record RulebookView(String version, String hash, List<Folder> folders, Check check, List<String> problems) {

    /** The folders in the order rules/README.md explains them, with their names in the UI. */
    private static final Map<String, String> FOLDERS = folderLabels();

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public record Folder(String name, String label, List<FileEntry> files) {
    }

    /**
     * @param path     relative to rules/: industrial/targets-2023.drl.csv
     * @param summary  the first sentence of the file's explanation, for the index
     * @param features the features documenting the file: those naming it on their 规则文件 line, or the one of the same name
     */
    public record FileEntry(String path, String folder, String name, String summary, RuleSource source, List<RuleEntry> rules,
            List<FeatureEntry> features) {

        /** How many of the file's rules some scenario fired in at the last check. */
        public long covered() {
            return rules.stream().filter(r -> !r.scenarios().isEmpty()).count();
        }
    }

    /**
     * A rule and the scenarios it fired in at the last check (none when unchecked or not covered): first those of
     * the features documenting its file, then those elsewhere (a target also fires in the judging scenarios).
     */
    public record RuleEntry(String name, List<Covering> documenting, List<Covering> elsewhere) {

        public List<Covering> scenarios() {
            return java.util.stream.Stream.concat(documenting.stream(), elsewhere.stream()).toList();
        }
    }

    /**
     * A scenario a rule fired in.
     *
     * @param href link to the scenario on the page of the file its feature documents; null when it is not in the features
     * @param runs how many of its runs (an outline's examples rows) fired the rule
     */
    public record Covering(String feature, int line, String name, String href, int runs) {
    }

    public enum Status { PASSED, FAILED, UNCHECKED }

    /** A feature rendered for reading: its description as paragraphs (without the 规则文件 line). */
    public record FeatureEntry(Feature feature, List<String> paragraphs, List<ScenarioEntry> scenarios) {
    }

    /**
     * A scenario with its anchor and the outcome at the last check.
     *
     * @param rules the rules it fired at the last check, each with its file, by file
     */
    public record ScenarioEntry(Scenario scenario, String anchor, Status status, List<CheckReport.Failure> failures, Map<String, String> rules,
            String feature) {

        public String rowAnchor(int line) {
            return ScenarioIndex.anchor(feature, line);
        }

        /** Whether the examples row at this line failed at the last check. */
        public boolean rowFailed(int line) {
            return failures.stream().anyMatch(f -> f.line() == line);
        }
    }

    /** The outcome of a check, ready to show. */
    public record Check(boolean passed, String summary, int scenarios, List<CheckReport.Failure> failures, List<String> problems,
            Map<String, String> uncovered, Instant at, String when, long tookMillis, String took, String version) {

        static Check of(CheckReport r) {
            String version = r.ruleset() == null ? "" : r.ruleset().substring(0, Math.min(12, r.ruleset().length()));
            return new Check(r.passed(), r.summary(), r.scenarios(), r.failures(), r.problems(), r.uncovered(), r.at(),
                    r.at() == null ? "" : WHEN.format(r.at()), r.took() == null ? 0 : r.took().toMillis(), took(r.took()), version);
        }

        private static String took(Duration d) {
            return d == null ? "" : String.format("%.1f秒", d.toMillis() / 1000.0);
        }
    }

    public static RulebookView of(Ruleset ruleset, FeatureDocs docs, Optional<CheckReport> report) {
        return of(ruleset.hash(), ruleset.files(), ruleset.ruleFiles(), docs, report.orElse(null));
    }

    /**
     * @param ruleFiles rule name → its file, relative to rules/
     * @param report    the last check of this ruleset; ignored when it checked another
     */
    public static RulebookView of(String hash, List<Ruleset.RuleFile> files, Map<String, String> ruleFiles, FeatureDocs docs, CheckReport report) {
        CheckReport check = report != null && hash.equals(report.ruleset()) ? report : null;
        Map<String, List<Feature>> documenting = new LinkedHashMap<>();
        Map<String, String> pageOfFeature = new LinkedHashMap<>();
        for (Ruleset.RuleFile file : files) {
            List<Feature> features = docs.features().stream().filter(f -> documents(f, file.path())).toList();
            documenting.put(file.path(), features);
            features.forEach(f -> pageOfFeature.putIfAbsent(f.path(), file.path()));
        }
        ScenarioIndex index = new ScenarioIndex(docs, check, pageOfFeature::get);
        Map<String, List<FileEntry>> byFolder = new LinkedHashMap<>();
        FOLDERS.keySet().forEach(f -> byFolder.put(f, new ArrayList<>()));
        for (Ruleset.RuleFile file : files) {
            String path = file.path();
            int slash = path.lastIndexOf('/');
            String folder = slash < 0 ? "" : path.substring(0, slash);
            RuleSource source = RuleSource.of(path, file.content());
            List<RuleEntry> rules = ruleFiles.entrySet().stream().filter(e -> e.getValue().equals(path)).map(Map.Entry::getKey)
                    .sorted(Comparator.comparingInt((String name) -> position(file.content(), name)).thenComparing(name -> name))
                    .map(name -> rule(name, check, index, documenting.get(path))).toList();
            List<FeatureEntry> features = documenting.get(path).stream().map(f -> feature(f, index, check != null, ruleFiles)).toList();
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>())
                    .add(new FileEntry(path, folder, path.substring(slash + 1), summary(source.header()), source, rules, features));
        }
        List<Folder> folders = byFolder.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Folder(e.getKey(), FOLDERS.getOrDefault(e.getKey(), e.getKey().isEmpty() ? "其他" : e.getKey()), List.copyOf(e.getValue())))
                .toList();
        List<String> problems = new ArrayList<>(docs.problems());
        index.unplaced().forEach(f -> problems.add("检查时失败、现已不在场景文件中：" + f.describe()));
        return new RulebookView(hash.substring(0, Math.min(12, hash.length())), hash, folders, check == null ? null : Check.of(check),
                List.copyOf(problems));
    }

    public Optional<FileEntry> file(String path) {
        return files().stream().filter(f -> f.path().equals(path)).findFirst();
    }

    public List<FileEntry> files() {
        return folders.stream().flatMap(f -> f.files().stream()).toList();
    }

    /** A link to where a failed scenario is shown (on the page of the file its feature documents), or null. */
    public String href(CheckReport.Failure failure) {
        for (FileEntry file : files()) {
            for (FeatureEntry feature : file.features()) {
                if (feature.feature().path().equals(failure.file())) {
                    return feature.feature().scenarioAt(failure.line())
                            .map(s -> "/rulebook/file?path=" + file.path() + "#" + ScenarioIndex.anchor(failure.file(), s.line())).orElse(null);
                }
            }
        }
        return null;
    }

    public int ruleCount() {
        return folders.stream().flatMap(f -> f.files().stream()).mapToInt(f -> f.rules().size()).sum();
    }

    /** Whether a feature documents a rule file: it names the file on its 规则文件 line, or has the file's name. */
    static boolean documents(Feature feature, String rulePath) {
        if (feature.ruleFiles().contains(rulePath)) {
            return true;
        }
        String stem = rulePath.replaceFirst("\\.(drl\\.csv|drl|dslr|dsl)$", "");
        return feature.ruleFiles().isEmpty() && feature.path().replaceFirst("^[^/]*/", "").equals(stem + ".feature");
    }

    private static RuleEntry rule(String name, CheckReport check, ScenarioIndex index, List<Feature> documenting) {
        if (check == null) {
            return new RuleEntry(name, List.of(), List.of());
        }
        Set<String> own = new java.util.HashSet<>();
        documenting.forEach(f -> own.add(f.path()));
        List<Covering> all = index.coverings(check.coverage().getOrDefault(name, Set.of()));
        return new RuleEntry(name, all.stream().filter(c -> own.contains(c.feature())).toList(),
                all.stream().filter(c -> !own.contains(c.feature())).toList());
    }

    private static FeatureEntry feature(Feature f, ScenarioIndex index, boolean checked, Map<String, String> ruleFiles) {
        List<String> description = f.description().stream().filter(l -> !l.startsWith("规则文件")).toList();
        List<ScenarioEntry> scenarios = f.scenarios().stream().map(s -> {
            List<CheckReport.Failure> failures = index.failures(f.path(), s);
            Status status = !checked ? Status.UNCHECKED : failures.isEmpty() ? Status.PASSED : Status.FAILED;
            Map<String, String> rules = new LinkedHashMap<>();
            index.rules(f.path(), s).stream().sorted(Comparator.comparing((String r) -> ruleFiles.getOrDefault(r, "")).thenComparing(r -> r))
                    .forEach(r -> rules.put(r, ruleFiles.getOrDefault(r, "")));
            return new ScenarioEntry(s, ScenarioIndex.anchor(f.path(), s.line()), status, failures, rules, f.path());
        }).toList();
        return new FeatureEntry(f, RuleSource.paragraphs(description), scenarios);
    }

    /** Where a rule is written in its file (its name's first occurrence), to list rules in file order. */
    private static int position(String content, String name) {
        int at = content.indexOf(name);
        return at < 0 ? Integer.MAX_VALUE : at;
    }

    /** The explanation's first sentence, for the index. */
    private static String summary(List<String> header) {
        if (header.isEmpty()) {
            return "";
        }
        String first = header.get(0).strip();
        int end = first.indexOf('。');
        String sentence = end < 0 ? first : first.substring(0, end + 1);
        return sentence.length() > 80 ? sentence.substring(0, 79) + "…" : sentence;
    }

    private static Map<String, String> folderLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("common", "通用");
        m.put("industrial", "工业类");
        m.put("agricultural", "农业示范区");
        m.put("chemical", "化工园区");
        m.put("projects", "三个一批");
        m.put("campaigns", "专项工作");
        m.put("report", "通报");
        return m;
    }
}
