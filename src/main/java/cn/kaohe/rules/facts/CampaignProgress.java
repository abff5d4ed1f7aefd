package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How far a rectification campaign (专项整治, 审计, 巡察 …) has come: completed of total, and what is still open. */
public final class CampaignProgress {

    private final String subject;
    private final String campaign;
    private final BigDecimal total;
    private final BigDecimal done;
    private final BigDecimal rate;
    private final BigDecimal open;
    private final String rule;

    public CampaignProgress(String subject, String campaign, BigDecimal total, BigDecimal done, String rule) {
        this.subject = subject;
        this.campaign = campaign;
        this.total = total;
        this.done = done;
        this.rate = total.signum() == 0 ? null : done.multiply(Wording.HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
        this.open = total.subtract(done);
        this.rule = rule;
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

    /** Completion in percent, two decimals; null when the campaign has nothing to do. */
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
