package cn.kaohe.rules.facts;

import java.math.BigDecimal;

/** A chemical park's safety-risk grade (A 高安全风险 … D 较低安全风险), from its assessment score or a veto. */
public final class Grade {

    private final String subject;
    private final BigDecimal score;
    private final String grade;
    private final String meaning;
    private final String rule;

    public Grade(String subject, BigDecimal score, String grade, String meaning, String rule) {
        this.subject = subject;
        this.score = score;
        this.grade = grade;
        this.meaning = meaning;
        this.rule = rule;
    }

    public String getSubject() {
        return subject;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getGrade() {
        return grade;
    }

    public String getMeaning() {
        return meaning;
    }

    public String getRule() {
        return rule;
    }
}
