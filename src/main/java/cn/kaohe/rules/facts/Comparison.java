package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A subject's figure set against the city's or the province's zones': a difference in 百分点 for
 * growth ("比全市(4.6%)高9.4个百分点"), or a share of the total for amounts ("占全市(360.4亿元)的69.66%").
 */
public final class Comparison {

    /** A difference of rates, in 百分点. */
    public static final String DIFFERENCE = "差";
    /** A share of the other's total, in percent. */
    public static final String SHARE = "占比";

    private final String subject;
    private final String indicator;
    private final String against;
    private final BigDecimal otherValue;
    private final String unit;
    private final String kind;
    private final BigDecimal value;
    private final String rule;

    private Comparison(Measure m, Measure other, String against, String kind, BigDecimal value, String rule) {
        this.subject = m.getSubject();
        this.indicator = m.getIndicator();
        this.against = against;
        this.otherValue = other.getValue();
        this.unit = m.getUnit();
        this.kind = kind;
        this.value = value;
        this.rule = rule;
    }

    /** The difference of two rates in 百分点: {@code m − other}. */
    public static Comparison difference(Measure m, Measure other, String against, String rule) {
        return new Comparison(m, other, against, DIFFERENCE, m.getValue().subtract(other.getValue()), rule);
    }

    /** {@code m} as a percentage of {@code other}, two decimals. */
    public static Comparison share(Measure m, Measure other, String against, String rule) {
        return new Comparison(m, other, against, SHARE,
                m.getValue().multiply(Wording.HUNDRED).divide(other.getValue(), 2, RoundingMode.HALF_UP), rule);
    }

    /** The phrase the reports use: 比全市(4.6%)高9.4个百分点 / 占全市(360.4亿元)的69.66%. */
    public String getText() {
        if (SHARE.equals(kind)) {
            return "占" + against + "(" + Wording.value(otherValue, unit) + ")的" + Wording.number(value) + "%";
        }
        String direction = value.signum() > 0 ? "高" : value.signum() < 0 ? "低" : "持平";
        return "比" + against + "(" + Wording.value(otherValue, unit) + ")" + direction
                + (value.signum() == 0 ? "" : Wording.difference(value, "%"));
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    /** 全市 or 全省开发区. */
    public String getAgainst() {
        return against;
    }

    public BigDecimal getOtherValue() {
        return otherValue;
    }

    public String getUnit() {
        return unit;
    }

    public String getKind() {
        return kind;
    }

    /** The difference in 百分点, or the share in percent. */
    public BigDecimal getValue() {
        return value;
    }

    public String getRule() {
        return rule;
    }
}
