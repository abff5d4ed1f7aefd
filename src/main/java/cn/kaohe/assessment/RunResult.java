package cn.kaohe.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored judgement of one subject's indicator. */
@Entity
@Table(name = "run_result")
public class RunResult extends RunRow {

    private String subject;
    private String city;
    private String indicator;
    private String unit;
    private BigDecimal actual;
    @Column(name = "actual_source")
    private String actualSource;
    private BigDecimal target;
    private String basis;
    private boolean passed;
    private BigDecimal gap;
    private BigDecimal weight;
    private BigDecimal score;
    @Column(name = "target_rule")
    private String targetRule;
    @Column(name = "judged_by")
    private String judgedBy;
    @Column(name = "scored_by")
    private String scoredBy;
    @Column(name = "annual_target")
    private BigDecimal annualTarget;
    @Column(name = "prorated_by")
    private String proratedBy;
    private String statement;

    protected RunResult() {
    }

    RunResult(EvaluationRun run, Evaluation.IndicatorResult r) {
        super(run);
        this.subject = r.subject();
        this.city = r.city();
        this.indicator = r.indicator();
        this.unit = r.unit();
        this.actual = r.actual();
        this.actualSource = r.source();
        this.target = r.target();
        this.basis = r.basis();
        this.passed = r.passed();
        this.gap = r.gap();
        this.weight = r.weight();
        this.score = r.score();
        this.targetRule = r.rule();
        this.judgedBy = r.judgedBy();
        this.scoredBy = r.scoredBy();
        this.annualTarget = r.annualTarget();
        this.proratedBy = r.proratedBy();
        this.statement = r.statement();
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getTargetRule() {
        return targetRule;
    }

    public String getCity() {
        return city;
    }

    public String getUnit() {
        return unit;
    }

    public String getActualSource() {
        return actualSource;
    }

    public String getBasis() {
        return basis;
    }

    public BigDecimal getGap() {
        return gap;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getJudgedBy() {
        return judgedBy;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public BigDecimal getAnnualTarget() {
        return annualTarget;
    }

    public String getProratedBy() {
        return proratedBy;
    }

    public String getStatement() {
        return statement;
    }
}
