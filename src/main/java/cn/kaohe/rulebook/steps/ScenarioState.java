package cn.kaohe.rulebook.steps;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cucumber.java.Before;
import io.cucumber.java.Scenario;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.rules.Ruleset;

/** One scenario's figures and, once evaluated, what the rules decided. Shared by the step classes. */
public class ScenarioState {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})年");

    String period = "2023年1-6月";
    final List<String> rows = new ArrayList<>();
    Evaluation evaluation;
    /** The targets the scenario states (按材料中的省定目标考核：…); it is evaluated under them, in its period's year. */
    final StatedTargets stated = new StatedTargets();
    /** Where the scenario is written, for the coverage record: features/x.feature:12 场景名. */
    private String scenario = "";

    @Before(order = 0)
    public void name(Scenario running) {
        String uri = running.getUri().toString();
        int at = uri.lastIndexOf("features/");
        scenario = (at >= 0 ? uri.substring(at) : uri) + ":" + running.getLine() + " " + running.getName();
    }

    void report(String subject, String indicator, String value, String previous) {
        report(subject, indicator, value, previous, null);
    }

    void report(String subject, String indicator, String value, String previous, String note) {
        rows.add(String.join(",", quoted(subject), quoted(indicator), quoted(value), previous == null ? "" : quoted(previous),
                note == null ? "" : quoted(note)));
    }

    /** Takes a reported figure out again (to show what its absence does). */
    void withdraw(String subject, String indicator) {
        String prefix = String.join(",", quoted(subject), quoted(indicator)) + ",";
        if (!rows.removeIf(r -> r.startsWith(prefix))) {
            throw new AssertionError("没有上报过“" + subject + "”的“" + indicator + "”");
        }
    }

    /** Evaluates the figures the way the product does: as a CSV file, through the real reader and rules. */
    Evaluation evaluate() {
        Ruleset rules = stated.isEmpty() ? null : stated.ruleset(year());
        return evaluate(rules != null ? rules : Rulebook.current().rules());
    }

    /** The year the period is in: 2023 for 2023年1-6月. */
    int year() {
        Matcher m = YEAR.matcher(period);
        if (!m.find()) {
            throw new AssertionError("考核期“" + period + "”应以年份开头，例如“2023年1-6月”");
        }
        return Integer.parseInt(m.group(1));
    }

    /** Evaluates the scenario's figures under the given ruleset and records which rules fired. */
    Evaluation evaluate(Ruleset rules) {
        String csv = "考核期,对象,指标,数值,上年同期,备注\n" + rows.stream()
                .map(r -> quoted(period) + "," + r + "\n")
                .reduce("", String::concat);
        Rulebook.Context context = Rulebook.current();
        evaluation = context.evaluator().evaluate(context.reader().read("场景数据.csv", csv.getBytes(StandardCharsets.UTF_8)), rules);
        // an edited copy's own rules (a target the scenario states) are not rules of the ruleset under check
        context.fired(evaluation.firedRules().stream().filter(context.rules().ruleFiles()::containsKey)
                .collect(java.util.stream.Collectors.toSet()), scenario);
        return evaluation;
    }

    Evaluation.IndicatorResult result(String subject, String indicator) {
        return evaluation.results().stream()
                .filter(r -> r.subject().equals(subject) && r.indicator().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new AssertionError("没有“" + subject + "”的“" + indicator + "”的考核结果；已有：" + evaluation.results()));
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
}
