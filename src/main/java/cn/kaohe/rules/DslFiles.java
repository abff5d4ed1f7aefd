package cn.kaohe.rules;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Checks DSL files ({@code *.dsl}) and the sentences of DSL rule files ({@code *.dslr}) before Drools sees
 * them, because Drools reports their problems badly: a full-width comma in a {@code .dsl} file stops its
 * lexer with an error that names no file, and a {@code .dslr} line no sentence matches is reported, if at
 * all, as a parser error about the line after it. Every problem found here names the file and line.
 */
final class DslFiles {

    /** What Drools takes for a comment or blank line in a DSL file. */
    private static final Pattern COMMENT = Pattern.compile("^\\s*((#/?|//).*)?$");
    private static final Pattern ENTRY = Pattern.compile("^\\s*\\[(when|then|keyword|condition|consequence|\\*)\\](.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}:]+)(?::((?:[^{}]|\\{[^{}]*\\})*))?\\}");
    private static final Pattern WORDS = Pattern.compile("\\p{L}+(\\|\\p{L}+)+");
    private static final Pattern RULE_START = Pattern.compile("^(rule|query)\\b");
    private static final Pattern RULE_END = Pattern.compile("(^|\\s)end\\s*$");
    private static final Map<Character, String> HALF_WIDTH = Map.ofEntries(Map.entry('、', ","), Map.entry('。', "."),
            Map.entry('“', "\""), Map.entry('”', "\""), Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('【', "["),
            Map.entry('】', "]"), Map.entry('《', "<"), Map.entry('》', ">"), Map.entry('…', "..."), Map.entry('—', "-"),
            Map.entry('·', "."), Map.entry('〈', "<"), Map.entry('〉', ">"), Map.entry('「', "\""), Map.entry('」', "\""));

    private DslFiles() {
    }

    /** The problems of one DSL file, each as "file 第n行：…"; none when Drools can read it. */
    static List<String> check(String path, String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String at = path + " 第" + (i + 1) + "行：";
            String line = lines[i];
            Set<Character> reported = new LinkedHashSet<>();
            for (char c : line.toCharArray()) {
                if (c > 0x7f && !Character.isLetterOrDigit(c) && reported.add(c)) {
                    problems.add(at + notAscii(c));
                }
            }
            if (!reported.isEmpty() || COMMENT.matcher(line).matches()) {
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                problems.add(at + "每一行须以[keyword]、[when]或[then]开头（注释行以#开头）；一条句式写在一行内，不能折行");
                continue;
            }
            String rest = entry.group(2);
            int equals = rest.indexOf('=');
            if (equals < 0) {
                problems.add(at + "缺少“=”：等号左边是句式，右边是它对应的规则代码");
            } else if (rest.substring(0, equals).contains("[") || rest.substring(0, equals).contains("]")) {
                problems.add(at + "句式中不能使用方括号“[”“]”（方括号在DSL文件中另有含义）");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (KnowledgeBuilderResult e : parse(text).getErrors()) {
            int row = e instanceof ParserError p ? p.getRow() : 0;
            if (row > 0) {
                problems.add(path + " 第" + row + "行：DSL文件无法解析（" + e.getMessage() + "）");
            } else {
                problems.add(path + locate(lines) + "：句式无法解析（" + firstLine(e.getMessage()) + "）");
            }
        }
        return problems;
    }

    /** The sentence entries ({@code [keyword]}) of a DSL file that {@link #check} found no problem in. */
    static List<DSLMappingEntry> sentences(String text) {
        return parse(text).getMapping().getEntries().stream().filter(e -> DSLMappingEntry.KEYWORD.equals(e.getSection())).toList();
    }

    /**
     * The lines of a DSL rule file that read as sentences (they start with a digit or a Chinese character,
     * outside any rule) but match no sentence of the DSL files.
     */
    static List<String> checkSentences(String path, String text, List<DSLMappingEntry> sentences, List<String> dslFiles) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        boolean inRule = false;
        boolean inComment = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            if (inRule) {
                inRule = !line.matches("end\\b.*");
                continue;
            }
            if (RULE_START.matcher(line).find()) {
                inRule = !RULE_END.matcher(line).find();
                continue;
            }
            if (line.isEmpty() || line.startsWith("//") || line.startsWith("#") || !isSentence(line)) {
                continue;
            }
            String original = lines[i];
            if (sentences.stream().noneMatch(s -> s.getKeyPattern().matcher(original).find())) {
                problems.add(path + " 第" + (i + 1) + "行：句子“" + line + "”不符合任何句式" + (problems.isEmpty() ? hint(sentences, dslFiles) : ""));
            }
        }
        return problems;
    }

    /** Trailing blanks of each line removed (they would end up in a rule's name); the lines stay where they are. */
    static String trimLineEnds(String dslr) {
        return dslr.replaceAll("(?m)[ \\t\\u3000]+$", "");
    }

    private static boolean isSentence(String line) {
        char first = line.charAt(0);
        return first > 0x7f || Character.isDigit(first);
    }

    private static String hint(List<DSLMappingEntry> sentences, List<String> dslFiles) {
        if (dslFiles.isEmpty()) {
            return "：规则目录中没有DSL文件（*.dsl）";
        }
        List<String> forms = sentences.stream().map(s -> readable(s.getMappingKey())).distinct().toList();
        return "（DSL文件 " + String.join("、", dslFiles) + "）" + (forms.isEmpty() ? "" : "。可用的句式：" + String.join("；", forms));
    }

    /** A sentence as people read it: ^{缩进:\s*?}{年度:\d+}年…{依据:省定|省初定|示例}… → {年度}年…{省定/省初定/示例}…. */
    static String readable(String key) {
        Matcher m = VARIABLE.matcher(key.strip().replaceFirst("^\\^", ""));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String pattern = m.group(2) == null ? "" : m.group(2).strip();
            String shown;
            if (pattern.matches("(\\\\s[*+]?\\??)+")) {
                shown = "";
            } else if (WORDS.matcher(pattern).matches()) {
                shown = "{" + pattern.replace('|', '/') + "}";
            } else {
                shown = "{" + m.group(1) + "}";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String notAscii(char c) {
        if (c == '\u3000') {
            return "DSL文件中不能使用全角空格，请改为半角空格";
        }
        String half = HALF_WIDTH.get(c);
        if (half == null && c >= '\uff01' && c <= '\uff5e') {
            half = String.valueOf((char) (c - 0xfee0));
        }
        return half == null ? "DSL文件中不能使用字符“" + c + "”，请只用半角（英文）标点和符号"
                : "DSL文件中不能使用全角标点“" + c + "”，请改为半角“" + half + "”";
    }

    /** An error Drools gives without a line (a sentence's pattern is not a valid regular expression): find the line. */
    private static String locate(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!COMMENT.matcher(lines[i]).matches() && !parse(lines[i]).getErrors().isEmpty()) {
                return " 第" + (i + 1) + "行";
            }
        }
        return "";
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl).strip();
    }

    private static DSLTokenizedMappingFile parse(String text) {
        DSLTokenizedMappingFile file = new DSLTokenizedMappingFile();
        try {
            file.parseAndLoad(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
