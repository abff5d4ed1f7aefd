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
}
