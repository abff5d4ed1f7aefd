package cn.kaohe.rules.facts;

/**
 * The safety-risk grade a chemical park must reach (e.g. D by year end), set by a row of a grade
 * target table for the period's year. The judging rules compare the park's {@link Grade} with it.
 */
public final class GradeTarget {

    private final String subject;
    private final String targetGrade;
    private final String rule;

    /**
     * @param targetGrade A, B, C or D, as written in the table
     * @param rule        the table row that set the target
     */
    public GradeTarget(Subject subject, String targetGrade, String rule) {
        String grade = targetGrade == null ? "" : targetGrade.strip().toUpperCase(java.util.Locale.ROOT);
        if (!grade.matches("[ABCD]")) {
            throw new IllegalArgumentException("“" + rule + "”：安全风险等级目标应为A、B、C、D之一，不能是“" + targetGrade + "”");
        }
        this.subject = subject.getName();
        this.targetGrade = grade;
        this.rule = rule;
    }

    public String getSubject() {
        return subject;
    }

    /** A (高安全风险, worst) … D (较低安全风险, best). */
    public String getTargetGrade() {
        return targetGrade;
    }

    public String getRule() {
        return rule;
    }

    @Override
    public String toString() {
        return subject + " 安全风险等级目标" + targetGrade + "级（" + rule + "）";
    }
}
