package cn.kaohe.rules.facts;

import java.math.BigDecimal;

/** A subject's place by total score among the subjects of its city; equal totals share a place. */
public final class Ranking {

    private final String subject;
    private final String city;
    private final BigDecimal total;
    private final int rank;
    private final int of;
    private final String rule;

    public Ranking(ZoneTotal total, long ahead, long of, String rule) {
        this.subject = total.getSubject();
        this.city = total.getCity();
        this.total = total.getTotal();
        this.rank = (int) ahead + 1;
        this.of = (int) of;
        this.rule = rule;
    }

    public String getSubject() {
        return subject;
    }

    public String getCity() {
        return city;
    }

    public BigDecimal getTotal() {
        return total;
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
