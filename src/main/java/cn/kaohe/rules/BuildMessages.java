package cn.kaohe.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Drools' build messages into what policy staff can act on: in Chinese, and without the
 * errors that only follow from another one. When one rule fails to compile, Drools cannot generate
 * the types the rules declare ({@code declare RateWeighting}), and every rule using them fails too;
 * those are counted, not listed.
 */
final class BuildMessages {

    /** One problem as located by the loader. */
    record Problem(String file, int line, String text) {
    }

    private static final Pattern DECLARE = Pattern.compile("(?m)\\bdeclare\\s+(?:enum\\s+)?([A-Za-z_]\\w*)");
    private static final Pattern UNRESOLVED_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'");
    private static final Pattern NOT_A_TYPE = Pattern.compile("([\\w.$]+) cannot be resolved to a type");
    private static final Pattern NOT_RESOLVED = Pattern.compile("(\\$?[\\w.]+) cannot be resolved(?! to a type)");

    private BuildMessages() {
    }

    static Set<String> declaredTypes(List<Ruleset.RuleFile> files) {
        Set<String> names = new LinkedHashSet<>();
        for (Ruleset.RuleFile f : files) {
            Matcher m = DECLARE.matcher(f.content());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The problems to show, in Chinese; consequential ones are summed up in a last line. */
    static List<String> explain(List<Problem> problems, Set<String> declared) {
        List<Problem> primary = new ArrayList<>();
        int consequential = 0;
        int undeclared = 0;
        Set<String> filesWithErrors = new LinkedHashSet<>();
        Set<String> unexpanded = new LinkedHashSet<>();
        for (Problem p : problems) {
            if (!p.text().contains("Parser returned a null Package")) {
                filesWithErrors.add(p.file());
            }
            if (UNEXPANDED.matcher(p.text()).matches()) {
                unexpanded.add(p.file() + ":" + p.line());
            }
        }
        for (Problem p : problems) {
            boolean typeMissing = follows(p.text(), declared);
            // A sentence no DSL entry matched stays in the rule as it is; the parser then stumbles over it too.
            boolean sentence = unexpanded.contains(p.file() + ":" + p.line())
                    && (p.text().startsWith("[ERR ") || p.text().contains("No mapping entries for expanding"));
            if (typeMissing || sentence || p.text().contains("Parser returned a null Package") && filesWithErrors.contains(p.file())) {
                consequential++;
                undeclared += typeMissing ? 1 : 0;
            } else {
                primary.add(p);
            }
        }
        if (primary.isEmpty()) {
            primary = problems;
            consequential = 0;
        }
        List<String> lines = new ArrayList<>();
        for (Problem p : primary) {
            lines.add(p.file() + (p.line() > 0 ? " 第" + p.line() + "行" : "") + "：" + chinese(p.text()));
        }
        if (consequential > 0) {
            lines.add("另有" + consequential + "处错误是上面的错误连带引起的"
                    + (undeclared == 0 ? "" : "（规则中声明的类型" + (declared.isEmpty() ? "" : "如" + String.join("、", declared)) + "因此未能生成）")
                    + "，改正上面的错误后会一并消失");
        }
        return lines;
    }

    private static final Pattern UNEXPANDED = Pattern.compile("(?s)(\\[\\d+\\] )?Unable to expand: .*");

    /** Whether an error only says that a declared type (or a variable bound to one) could not be resolved. */
    private static boolean follows(String text, Set<String> declared) {
        boolean any = false;
        for (Pattern pattern : List.of(UNRESOLVED_TYPE, NOT_A_TYPE)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String type = m.group(1);
                String head = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
                if (!declared.contains(head) && !declared.contains(type)) {
                    return false;
                }
                any = true;
            }
        }
        Matcher variables = NOT_RESOLVED.matcher(text);
        boolean onlyVariables = text.startsWith("Rule Compilation error");
        while (variables.find()) {
            onlyVariables &= variables.group(1).startsWith("$");
        }
        return any || onlyVariables && NOT_RESOLVED.matcher(text).find() && !NOT_A_TYPE.matcher(text).find();
    }

    private static final List<String[]> TRANSLATIONS = List.of(
            new String[] {"(?:\\[\\d+\\] )?Unable to expand: (.*)", "无法理解的句子“$1”：DSL文件（*.dsl）中没有与它相符的句式"},
            new String[] {"(?:\\[\\d+\\] )?No mapping entries for expanding: (.*)", "句子“$1”无法翻译：规则目录中没有DSL文件（*.dsl），或其中没有这一部分的句式"},
            new String[] {"DSL (?:lexer|parser) error", "DSL文件（*.dsl）无法解析：其中可能有全角标点或方括号"},
            new String[] {"\\[ERR 102\\] Line \\d+:\\d+ mismatched input '(.*?)' in rule \"(.*?)\".*", "语法错误：规则“$2”中无法识别“$1”"},
            new String[] {"\\[ERR 102\\] Line \\d+:\\d+ mismatched input '(.*?)'.*", "语法错误：无法识别“$1”"},
            new String[] {"\\[ERR 101\\] Line \\d+:\\d+ no viable alternative at input '(.*?)'.*", "语法错误：写到“$1”处无法继续解析"},
            new String[] {"\\[ERR 10\\d\\] Line \\d+:\\d+ (.*)", "语法错误：$1"},
            new String[] {"Unable to resolve ObjectType '(.*?)'.*", "不认识的事实类型“$1”（类型名写错了，或缺少 import）"},
            new String[] {"Unable to Analyse Expression (.*?): \\[Error: unable to resolve method using strict-mode: (?:[\\w.]+\\.)?(\\w+)\\.(\\w+)\\(\\)\\].*",
                    "条件“$1”无法解析：“$2”没有“$3”这个字段"},
            new String[] {"Unable to Analyse Expression (.*?):.*", "条件“$1”无法解析"},
            new String[] {"Rule Compilation error (.*)", "规则的 then 部分无法编译：$1"});

    static String chinese(String text) {
        for (String[] t : TRANSLATIONS) {
            if (text.matches("(?s)" + t[0])) {
                return details(text.replaceAll("(?s)" + t[0], t[1]));
            }
        }
        return text;
    }

    private static String details(String text) {
        return text.replaceAll("([\\w.$]+) cannot be resolved to a type", "不认识的类型“$1”")
                .replaceAll("(\\$?[\\w.]+) cannot be resolved", "“$1”未定义")
                .replaceAll("The method (\\w+)\\((.*?)\\) is undefined for the type (\\w+)", "类型“$3”没有方法“$1”")
                .replaceAll("Type mismatch: cannot convert from (\\S+) to (\\S+)", "类型不符：不能把 $1 当作 $2");
    }
}
