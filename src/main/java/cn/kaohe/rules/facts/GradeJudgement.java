package cn.kaohe.rules.facts;

/** A park's grade judged against the grade it must reach (e.g. D by year end). */
public final class GradeJudgement {

    private final String subject;
    private final String grade;
    private final String targetGrade;
    private final boolean passed;
    private final String targetRule;
    private final String rule;

    public GradeJudgement(Grade grade, String targetGrade, boolean passed, String targetRule, String rule) {
        this.subject = grade.getSubject();
        this.grade = grade.getGrade();
        this.targetGrade = targetGrade;
        this.passed = passed;
        this.targetRule = targetRule;
        this.rule = rule;
    }

    public String getSubject() {
        return subject;
    }

    public String getGrade() {
        return grade;
    }

    public String getTargetGrade() {
        return targetGrade;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getTargetRule() {
        return targetRule;
    }

    public String getRule() {
        return rule;
    }
}
