package cn.kaohe.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored comparison with the city or the province. */
@Entity
@Table(name = "run_comparison")
public class RunComparison extends RunRow {

    private String subject;
    private String indicator;
    private String against;
    @Column(name = "other_value")
    private BigDecimal otherValue;
    private String kind;
    @Column(name = "comparison_value")
    private BigDecimal value;
    private String text;
    private String rule;

    protected RunComparison() {
    }

    RunComparison(EvaluationRun run, Evaluation.ComparisonItem c) {
        super(run);
        this.subject = c.subject();
        this.indicator = c.indicator();
        this.against = c.against();
        this.otherValue = c.otherValue();
        this.kind = c.kind();
        this.value = c.value();
        this.text = c.text();
        this.rule = c.rule();
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getAgainst() {
        return against;
    }

    public BigDecimal getOtherValue() {
        return otherValue;
    }

    public String getKind() {
        return kind;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getText() {
        return text;
    }

    public String getRule() {
        return rule;
    }
}
