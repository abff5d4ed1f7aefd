package cn.kaohe.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored place on one indicator. */
@Entity
@Table(name = "run_indicator_rank")
public class RunIndicatorRank extends RunRow {

    private String subject;
    private String city;
    private String indicator;
    private String scope;
    @Column(name = "rank_value")
    private BigDecimal value;
    private String unit;
    @Column(name = "rank_place")
    private int rank;
    @Column(name = "rank_of")
    private int of;
    private String rule;

    protected RunIndicatorRank() {
    }

    RunIndicatorRank(EvaluationRun run, Evaluation.RankItem r) {
        super(run);
        this.subject = r.subject();
        this.city = r.city();
        this.indicator = r.indicator();
        this.scope = r.scope();
        this.value = r.value();
        this.unit = r.unit();
        this.rank = r.rank();
        this.of = r.of();
        this.rule = r.rule();
    }

    public String getSubject() {
        return subject;
    }

    public String getCity() {
        return city;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getScope() {
        return scope;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public int getRank() {
        return rank;
    }

    public int getOf() {
        return of;
    }

    public String getRule() {
        return rule;
    }
}
