package cn.kaohe.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored total score and place within the city. */
@Entity
@Table(name = "run_standing")
public class RunStanding extends RunRow {

    private String subject;
    private String city;
    private BigDecimal total;
    @Column(name = "rank_in_city")
    private int rank;
    @Column(name = "city_size")
    private int of;
    private String rule;

    protected RunStanding() {
    }

    RunStanding(EvaluationRun run, Evaluation.Standing s) {
        super(run);
        this.subject = s.subject();
        this.city = s.city();
        this.total = s.total();
        this.rank = s.rank();
        this.of = s.of();
        this.rule = s.rule();
    }

    public String getSubject() {
        return subject;
    }

    public int getRank() {
        return rank;
    }

    public String getCity() {
        return city;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public int getOf() {
        return of;
    }

    public String getRule() {
        return rule;
    }
}
