package cn.kaohe.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.io.ByteArrayResource;

import cn.kaohe.text.TextFiles;

/**
 * Builds a {@link Ruleset} from a directory of rule files as policy staff keep them: {@code *.drl},
 * CSV decision tables {@code *.drl.csv}, and DSL ({@code *.dsl} with {@code *.dslr}). Every problem is
 * reported with its file and line (for a decision table, the line of the CSV file; for a DSL, see
 * {@link DslFiles}); a rule file that yields no rules is a problem too, never a silence.
 */
public final class RulesetLoader {

    private static final String ROOT = "src/main/resources/";
    /** Files that are, or look like, rule files; anything else in the directory (a README) is not part of the ruleset. */
    private static final Pattern UNLOCATED_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?): \\[Error");
    private static final Pattern RULE_LIKE = Pattern.compile("\\.(drl|dsl|dslr|csv|xls|xlsx)$");

    private static final AtomicLong BUILDS = new AtomicLong();

    private RulesetLoader() {
    }

    /** What became of one file in the build: the resource written for it and, for a table, its line map. */
    private record Source(String path, String drl, DecisionTables.Compiled table) {
    }

    public static Ruleset load(Path dir) {
        return build("规则目录 " + dir.toAbsolutePath(), read(dir));
    }

    /** The rule files of a directory, as {@link #build} takes them (paths relative to it, with '/'). */
    public static List<Ruleset.RuleFile> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulesetException("规则目录不存在：" + dir.toAbsolutePath());
        }
        return readFiles(dir);
    }

    /**
     * Builds rule files held in memory (a stored version, a draft) as if they were a directory.
     *
     * @param origin where the files come from, for messages: 规则目录 rules、规则版本 1a2b3c…
     */
    public static Ruleset build(String origin, List<Ruleset.RuleFile> unordered) {
        List<Ruleset.RuleFile> files = unordered.stream().sorted(Comparator.comparing(Ruleset.RuleFile::path)).toList();
        List<String> problems = new ArrayList<>();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, Source> sources = new LinkedHashMap<>();
        List<String> dslFiles = files.stream().map(Ruleset.RuleFile::path).filter(p -> p.endsWith(".dsl")).toList();
        List<DSLMappingEntry> sentences = new ArrayList<>();
        for (Ruleset.RuleFile file : files) {
            if (file.path().endsWith(".dsl")) {
                List<String> dslProblems = DslFiles.check(file.path(), file.content());
                problems.addAll(dslProblems);
                if (dslProblems.isEmpty()) {
                    sentences.addAll(DslFiles.sentences(file.content()));
                }
            }
        }
        boolean dslUsable = problems.isEmpty();
        List<String> notBuilt = new ArrayList<>();
        for (Ruleset.RuleFile file : files) {
            String path = file.path();
            if (path.endsWith(".dsl") || path.endsWith(".dslr")) {
                if (!dslUsable) {
                    if (path.endsWith(".dslr")) {
                        notBuilt.add(path);
                    }
                    continue;
                }
                List<String> unmatched = path.endsWith(".dslr") ? DslFiles.checkSentences(path, file.content(), sentences, dslFiles) : List.of();
                if (!unmatched.isEmpty()) {
                    problems.addAll(unmatched);
                    continue;
                }
                String text = path.endsWith(".dslr") ? DslFiles.trimLineEnds(file.content()) : file.content();
                write(kfs, path, text, path.endsWith(".dslr") ? ResourceType.DSLR : ResourceType.DSL);
                sources.put(path, new Source(path, text, null));
            } else if (path.endsWith(".drl.csv")) {
                try {
                    DecisionTables.Compiled table = DecisionTables.compile(path, file.content());
                    write(kfs, path + ".drl", table.drl(), ResourceType.DRL);
                    sources.put(path + ".drl", new Source(path, table.drl(), table));
                } catch (RulesetException e) {
                    problems.add(e.getMessage());
                }
            } else if (path.endsWith(".drl")) {
                write(kfs, path, file.content(), ResourceType.DRL);
                sources.put(path, new Source(path, file.content(), null));
            } else if (path.endsWith(".csv") || path.endsWith(".xls") || path.endsWith(".xlsx")) {
                problems.add(path + "：不是可用的规则文件。决策表须保存为CSV并命名为“*.drl.csv”");
            }
        }
        if (sources.isEmpty() && problems.isEmpty()) {
            throw new RulesetException(origin + " 中没有规则文件（*.drl、*.drl.csv、*.dslr）");
        }
        String hash = hash(files);
        // One module per build, even of the same files: closing a checked copy must not remove the live one's module.
        ReleaseId releaseId = ks.newReleaseId("cn.kaohe.rules", "ruleset", "1.0." + BUILDS.incrementAndGet() + "-" + hash);
        kfs.generateAndWritePomXML(releaseId);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<BuildMessages.Problem> located = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            located.add(describe(m, sources));
        }
        problems.addAll(BuildMessages.explain(located, BuildMessages.declaredTypes(files)));
        if (!notBuilt.isEmpty()) {
            problems.add("另有" + String.join("、", notBuilt) + "因DSL文件有错误未编译，改正上面DSL文件中的错误后再检查");
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            long count = problems.stream().filter(pr -> !pr.startsWith("另有")).count();
            throw new RulesetException("规则编译失败（" + origin + "），共" + count + "处错误：", problems);
        }
        var container = ks.newKieContainer(releaseId);
        Map<String, String> ruleFiles = new LinkedHashMap<>();
        for (KiePackage pkg : container.getKieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                if (!impl.isQuery()) {
                    String resource = impl.getResource() == null ? "" : relative(impl.getResource().getSourcePath());
                    Source source = sources.get(resource);
                    ruleFiles.put(rule.getName(), source == null ? resource : source.path());
                }
            }
        }
        List<String> empty = sources.values().stream()
                .filter(s -> !s.path().endsWith(".dsl") && !ruleFiles.containsValue(s.path()))
                .map(s -> s.path() + "：这个文件没有产生任何规则")
                .toList();
        if (!empty.isEmpty()) {
            container.dispose();
            ks.getRepository().removeKieModule(releaseId);
            throw new RulesetException(origin + " 中有不产生规则的文件：", empty);
        }
        return new Ruleset(hash, files, ruleFiles, releaseId, container);
    }

    private static void write(KieFileSystem kfs, String path, String text, ResourceType type) {
        kfs.write(new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "UTF-8")
                .setSourcePath(ROOT + path)
                .setResourceType(type));
    }

    private static BuildMessages.Problem describe(Message m, Map<String, Source> sources) {
        Source source = sources.get(relative(m.getPath()));
        String text = m.getText().strip().replaceAll("\\s+", " ");
        if (source == null) {
            return new BuildMessages.Problem(m.getPath() == null ? "" : relative(m.getPath()), 0, text);
        }
        int line = m.getLine() > 0 ? m.getLine() : locate(source.drl(), text);
        if (source.table() != null) {
            line = source.table().sheetLine(line);
        }
        return new BuildMessages.Problem(source.path(), line, text);
    }

    /**
     * Some errors (an expression that cannot be analysed) come without a line: find the expression in the source, or,
     * where Drools rewrote it ({@code actaul >= value} is reported as {@code value <= actaul}), the first line naming
     * the unknown field as a word.
     */
    private static int locate(String drl, String message) {
        Matcher m = UNLOCATED_EXPRESSION.matcher(message);
        if (!m.find()) {
            return 0;
        }
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(m.group(1).strip())) {
                return i + 1;
            }
        }
        Matcher field = UNKNOWN_FIELD.matcher(message);
        if (field.find()) {
            Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(field.group(1)) + "(?![\\w(])");
            for (int i = 0; i < lines.length; i++) {
                if (word.matcher(lines[i]).find()) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /** The field an expression could not resolve: {@code unable to resolve method using strict-mode: cn.….Target.actaul()}. */
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: [\\w.$]+\\.(\\w+)\\(\\)");

    /** A build path as the rules directory knows it: without the build's resource root. */
    private static String relative(String buildPath) {
        if (buildPath == null) {
            return "";
        }
        return buildPath.startsWith(ROOT) ? buildPath.substring(ROOT.length()) : buildPath;
    }

    private static List<Ruleset.RuleFile> readFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.filter(Files::isRegularFile).sorted().toList();
            List<Ruleset.RuleFile> files = new ArrayList<>();
            for (Path p : paths) {
                String relative = dir.relativize(p).toString().replace('\\', '/');
                if (relative.startsWith(".") || relative.contains("/.") || !RULE_LIKE.matcher(relative).find()) {
                    continue;
                }
                files.add(new Ruleset.RuleFile(relative, TextFiles.decode(Files.readAllBytes(p))));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取规则目录 " + dir + "：" + e.getMessage(), e);
        }
    }

    public static String hash(List<Ruleset.RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Ruleset.RuleFile f : files) {
                digest.update(f.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(f.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
