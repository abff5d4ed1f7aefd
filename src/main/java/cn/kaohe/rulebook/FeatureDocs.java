package cn.kaohe.rulebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.TableRow;

import cn.kaohe.text.TextFiles;

/**
 * The features as documents to read: each {@code .feature} under a directory parsed (with Cucumber's own
 * Gherkin parser, so {@code # language: zh-CN} keywords are understood) into plain records. A file that
 * does not parse is listed in {@link #problems()} and left out, so one broken file does not hide the rest.
 *
 * @param features the features, by path (features/industrial/targets-2023.feature)
 * @param problems files that could not be read or parsed, in Chinese
 */
public record FeatureDocs(List<Feature> features, List<String> problems) {

    /** "规则文件：rules/industrial/scoring.drl（分值见 …）": every rules/… path named on such a line. */
    private static final Pattern RULE_FILE = Pattern.compile("rules/[A-Za-z0-9_./-]+?\\.(?:drl\\.csv|drl|dslr|dsl)");

    /**
     * @param path        relative to the project, with '/': features/industrial/targets-2023.feature
     * @param description the description's lines, stripped, including the 规则文件 line
     * @param ruleFiles   the rule files the description names, relative to rules/ (industrial/targets-2023.drl.csv)
     * @param background  the background's steps, empty when there is none
     */
    public record Feature(String path, String name, List<String> description, List<String> ruleFiles, List<Step> background,
            List<Scenario> scenarios) {

        /** The scenario written at a line, or whose examples have a row at it (as a check reports outline runs). */
        public Optional<Scenario> scenarioAt(int line) {
            return scenarios.stream().filter(s -> s.line() == line || s.rowLines().contains(line)).findFirst();
        }
    }

    /** A 场景 or 场景大纲 with the line its keyword is on. */
    public record Scenario(String keyword, String name, int line, List<String> description, List<Step> steps, List<Examples> examples) {

        public boolean outline() {
            return !examples.isEmpty();
        }

        /** The lines of every examples row (each runs as a scenario of its own). */
        public List<Integer> rowLines() {
            return examples.stream().flatMap(e -> e.rows().stream()).map(Row::line).toList();
        }
    }

    /** A step: keyword without its trailing space (假如, 当, 那么, 而且), text, and an optional table or doc string. */
    public record Step(String keyword, String text, int line, List<Row> table, String docString) {

        /** The text cut into plain parts, “quoted names” and 〈placeholders〉 of an outline, for highlighting. */
        public List<Segment> segments() {
            return Segment.split(text);
        }
    }

    /** A row of a table with the line it is written on. */
    public record Row(int line, List<String> cells) {
    }

    /** An examples (例子) table: name, header and rows. */
    public record Examples(String keyword, String name, int line, List<String> header, List<Row> rows) {
    }

    /** A piece of step text: plain, a “quoted” name, or an outline's {@code <parameter>}. */
    public record Segment(String text, Kind kind) {

        public enum Kind { TEXT, QUOTED, PARAMETER }

        private static final Pattern SPECIAL = Pattern.compile("[“”]|<[^<>\\s]+>");

        /** Splits at quotes and parameters; a parameter inside quotes stays a parameter, the quotes around it quoted. */
        public static List<Segment> split(String text) {
            List<Segment> parts = new ArrayList<>();
            Matcher m = SPECIAL.matcher(text);
            boolean inQuotes = false;
            int at = 0;
            while (m.find()) {
                add(parts, text.substring(at, m.start()), inQuotes ? Kind.QUOTED : Kind.TEXT);
                String found = m.group();
                if (found.startsWith("<")) {
                    parts.add(new Segment(found.substring(1, found.length() - 1), Kind.PARAMETER));
                } else {
                    inQuotes = found.equals("“");
                    add(parts, found, Kind.QUOTED);
                }
                at = m.end();
            }
            add(parts, text.substring(at), Kind.TEXT);
            // a quote mark alone (around a parameter) is not a name to highlight
            List<Segment> merged = new ArrayList<>();
            parts.forEach(p -> add(merged, p.text, p.kind == Kind.QUOTED && (p.text.equals("“") || p.text.equals("”")) ? Kind.TEXT : p.kind));
            return merged;
        }

        private static void add(List<Segment> parts, String text, Kind kind) {
            if (text.isEmpty()) {
                return;
            }
            Segment last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && last.kind == kind && kind != Kind.PARAMETER) {
                parts.set(parts.size() - 1, new Segment(last.text + text, kind));
            } else {
                parts.add(new Segment(text, kind));
            }
        }

        public boolean quoted() {
            return kind == Kind.QUOTED;
        }

        public boolean parameter() {
            return kind == Kind.PARAMETER;
        }
    }

    public FeatureDocs {
        features = List.copyOf(features);
        problems = List.copyOf(problems);
    }

    /** Every .feature under the directory, in path order; paths are given relative to the directory's parent. */
    public static FeatureDocs read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new FeatureDocs(List.of(), List.of("场景目录不存在：" + dir.toAbsolutePath()));
        }
        Path base = dir.toAbsolutePath().normalize().getParent();
        List<Feature> features = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".feature")).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return new FeatureDocs(List.of(), List.of("无法读取场景目录 " + dir.toAbsolutePath() + "：" + e.getMessage()));
        }
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            String path = (base == null ? absolute : base.relativize(absolute)).toString().replace('\\', '/');
            try {
                features.add(parse(path, TextFiles.read(file)));
            } catch (IOException | RuntimeException e) {
                problems.add(path + "：无法解析（" + e.getMessage() + "）");
            }
        }
        return new FeatureDocs(features, problems);
    }

    public Optional<Feature> feature(String path) {
        return features.stream().filter(f -> f.path().equals(path)).findFirst();
    }

    /**
     * Parses one feature's text.
     *
     * @throws IllegalArgumentException with the parser's message (line and column) when it is not valid Gherkin
     */
    public static Feature parse(String path, String text) {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includePickles(false).build();
        List<Envelope> envelopes = parser.parse(path, text.getBytes(StandardCharsets.UTF_8)).toList();
        for (Envelope e : envelopes) {
            if (e.getParseError().isPresent()) {
                throw new IllegalArgumentException(e.getParseError().get().getMessage());
            }
        }
        var feature = envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).flatMap(d -> d.getFeature().stream()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("文件中没有“功能:”"));
        List<String> description = lines(feature.getDescription());
        List<String> ruleFiles = new ArrayList<>();
        description.stream().filter(l -> l.startsWith("规则文件")).forEach(l -> {
            Matcher m = RULE_FILE.matcher(l);
            while (m.find()) {
                ruleFiles.add(m.group().substring("rules/".length()));
            }
        });
        List<Step> background = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (FeatureChild child : feature.getChildren()) {
            collect(child.getBackground(), child.getScenario(), background, scenarios);
            child.getRule().ifPresent(rule -> rule.getChildren().forEach(c -> collect(c.getBackground(), c.getScenario(), background, scenarios)));
        }
        return new Feature(path, feature.getName().strip(), description, List.copyOf(ruleFiles), List.copyOf(background), List.copyOf(scenarios));
    }

    private static void collect(Optional<io.cucumber.messages.types.Background> background, Optional<io.cucumber.messages.types.Scenario> scenario,
            List<Step> backgroundSteps, List<Scenario> scenarios) {
        background.ifPresent(b -> b.getSteps().forEach(s -> backgroundSteps.add(step(s))));
        scenario.ifPresent(s -> scenarios.add(new Scenario(s.getKeyword().strip(), s.getName().strip(), line(s.getLocation()),
                lines(s.getDescription()), s.getSteps().stream().map(FeatureDocs::step).toList(),
                s.getExamples().stream().map(FeatureDocs::examples).toList())));
    }

    private static Step step(io.cucumber.messages.types.Step s) {
        List<Row> table = s.getDataTable().map(t -> t.getRows().stream().map(FeatureDocs::row).toList()).orElse(List.of());
        String doc = s.getDocString().map(d -> d.getContent()).orElse(null);
        return new Step(s.getKeyword().strip(), s.getText().strip(), line(s.getLocation()), table, doc);
    }

    private static Examples examples(io.cucumber.messages.types.Examples e) {
        List<String> header = e.getTableHeader().map(h -> row(h).cells()).orElse(List.of());
        return new Examples(e.getKeyword().strip(), e.getName().strip(), line(e.getLocation()), header,
                e.getTableBody().stream().map(FeatureDocs::row).toList());
    }

    private static Row row(TableRow r) {
        return new Row(line(r.getLocation()), r.getCells().stream().map(c -> c.getValue().strip()).toList());
    }

    private static int line(io.cucumber.messages.types.Location location) {
        return location.getLine().intValue();
    }

    private static List<String> lines(String description) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        return description.strip().lines().map(String::strip).toList();
    }
}
