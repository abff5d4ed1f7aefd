package cn.kaohe.rules.facts;

import java.math.BigDecimal;

/** A zone's place on one indicator, within its city or across all zones; equal values share a place. */
public final class IndicatorRank {

    private final String subject;
    private final String city;
    private final String indicator;
    private final String scope;
    private final BigDecimal value;
    private final String unit;
    private final int rank;
    private final int of;
    private final String rule;

    public IndicatorRank(Measure measure, String scope, int rank, int of, String rule) {
        this.subject = measure.getSubject();
        this.city = measure.getCity();
        this.indicator = measure.getIndicator();
        this.scope = scope;
        this.value = measure.getValue();
        this.unit = measure.getUnit();
        this.rank = rank;
        this.of = of;
        this.rule = rule;
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

    /** 市内 or 全部开发区. */
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
