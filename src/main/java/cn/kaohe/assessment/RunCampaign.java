package cn.kaohe.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored campaign completion. */
@Entity
@Table(name = "run_campaign")
public class RunCampaign extends RunRow {

    private String subject;
    private String campaign;
    private BigDecimal total;
    private BigDecimal done;
    private BigDecimal rate;
    @Column(name = "open_count")
    private BigDecimal open;
    private String rule;

    protected RunCampaign() {
    }

    RunCampaign(EvaluationRun run, Evaluation.CampaignItem c) {
        super(run);
        this.subject = c.subject();
        this.campaign = c.campaign();
        this.total = c.total();
        this.done = c.done();
        this.rate = c.rate();
        this.open = c.open();
        this.rule = c.rule();
    }

    public String getSubject() {
        return subject;
    }

    public String getCampaign() {
        return campaign;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getDone() {
        return done;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public BigDecimal getOpen() {
        return open;
    }

    public String getRule() {
        return rule;
    }
}
