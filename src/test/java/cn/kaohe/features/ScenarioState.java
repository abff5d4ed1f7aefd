package cn.kaohe.features;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import cn.kaohe.assessment.Evaluation;

/** One scenario's figures and, once evaluated, what the rules decided. Shared by the step classes. */
public class ScenarioState {

    String period = "2023年1-6月";
    final List<String> rows = new ArrayList<>();
    Evaluation evaluation;

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
        String csv = "考核期,对象,指标,数值,上年同期,备注\n" + rows.stream()
                .map(r -> quoted(period) + "," + r + "\n")
                .reduce("", String::concat);
        evaluation = Rulebook.EVALUATOR.evaluate(Rulebook.READER.read("场景数据.csv", csv.getBytes(StandardCharsets.UTF_8)), Rulebook.RULES);
        Rulebook.FIRED.addAll(evaluation.firedRules());
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
