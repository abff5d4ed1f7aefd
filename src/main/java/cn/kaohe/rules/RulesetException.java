package cn.kaohe.rules;

import java.util.List;

/** A rules directory that cannot be used: each problem names the file and, where known, the line or row. */
public class RulesetException extends RuntimeException {

    private final List<String> problems;

    public RulesetException(String summary, List<String> problems) {
        super(summary + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems)));
        this.problems = List.copyOf(problems);
    }

    public RulesetException(String message) {
        this(message, List.of());
    }

    public RulesetException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    public List<String> problems() {
        return problems;
    }
}
