package cn.kaohe.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored chemical park safety grade. */
@Entity
@Table(name = "run_grade")
public class RunGrade extends RunRow {

    private String subject;
    private BigDecimal score;
    private String grade;
    private String meaning;
    private String rule;
    @Column(name = "target_grade")
    private String targetGrade;
    private Boolean passed;
    @Column(name = "judged_by")
    private String judgedBy;

    protected RunGrade() {
    }

    RunGrade(EvaluationRun run, Evaluation.GradeItem g) {
        super(run);
        this.subject = g.subject();
        this.score = g.score();
        this.grade = g.grade();
        this.meaning = g.meaning();
        this.rule = g.rule();
        this.targetGrade = g.targetGrade();
        this.passed = g.passed();
        this.judgedBy = g.judgedBy();
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

    public String getTargetGrade() {
        return targetGrade;
    }

    public Boolean getPassed() {
        return passed;
    }

    public String getJudgedBy() {
        return judgedBy;
    }
}
