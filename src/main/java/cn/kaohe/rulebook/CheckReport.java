package cn.kaohe.rulebook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What checking a ruleset found: compile errors (each naming its file and line or table row), the
 * scenarios that failed, and the rules that no scenario exercises. A ruleset may be published only
 * when {@link #passed()}.
 *
 * @param ruleset   the hash of the ruleset checked, null when it did not compile
 * @param coverage  rule name → the scenarios it fired in
 * @param uncovered rule name → its file, for rules no scenario fired
 */
public record CheckReport(String ruleset, List<String> compileProblems, int scenarios, List<Failure> failures,
        Map<String, String> uncovered, Map<String, Set<String>> coverage, Duration took, Instant at) {

    /** A scenario that did not pass: where it is written, the step that failed and the reason. */
    public record Failure(String file, int line, String scenario, String step, String reason) {

        public String describe() {
            return file + " 第" + line + "行 场景“" + scenario + "”" + (step.isEmpty() ? "" : "，" + step) + "：" + reason;
        }
    }

    public CheckReport {
        compileProblems = List.copyOf(compileProblems);
        failures = List.copyOf(failures);
        uncovered = Map.copyOf(uncovered);
        coverage = Map.copyOf(coverage);
    }

    /** A ruleset that did not compile: nothing was run. */
    public static CheckReport notCompiled(List<String> problems, Instant at) {
        return new CheckReport(null, problems, 0, List.of(), Map.of(), Map.of(), Duration.ZERO, at);
    }

    /**
     * The same outcome, timed from the given start to now: a candidate's check counts its compilation
     * as well as its scenarios.
     */
    public CheckReport timedFrom(Instant started) {
        return new CheckReport(ruleset, compileProblems, scenarios, failures, uncovered, coverage, Duration.between(started, Instant.now()),
                started);
    }

    /** When the check finished: its start plus its duration. */
    public Instant finishedAt() {
        return took == null ? at : at.plus(took);
    }

    public boolean passed() {
        return compileProblems.isEmpty() && failures.isEmpty() && uncovered.isEmpty() && scenarios > 0;
    }

    /** One line for people: 通过：179个场景全部通过，每条规则都有场景覆盖. */
    public String summary() {
        if (!compileProblems.isEmpty()) {
            return "未通过：规则编译失败，共" + compileProblems.stream().filter(p -> !p.startsWith("另有")).count() + "处错误";
        }
        if (scenarios == 0) {
            return "未通过：没有找到任何场景";
        }
        if (passed()) {
            return "通过：" + scenarios + "个场景全部通过，每条规则都有场景覆盖";
        }
        StringBuilder s = new StringBuilder("未通过：");
        if (!failures.isEmpty()) {
            s.append(scenarios).append("个场景中").append(failures.size()).append("个失败");
        }
        if (!uncovered.isEmpty()) {
            s.append(failures.isEmpty() ? "" : "，").append(uncovered.size()).append("条规则没有任何场景覆盖");
        }
        return s.toString();
    }

    /** Every problem, one per line, in the order to fix them. */
    public List<String> problems() {
        var lines = new java.util.ArrayList<>(compileProblems);
        failures.forEach(f -> lines.add(f.describe()));
        uncovered.forEach((rule, file) -> lines.add(file + "：规则“" + rule + "”没有任何场景覆盖，请在同名 feature 中补充场景"));
        return lines;
    }
}
