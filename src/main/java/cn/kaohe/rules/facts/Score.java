package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The points one subject earns on one indicator. */
public final class Score {

    private final String subject;
    private final String city;
    private final String indicator;
    private final BigDecimal weight;
    private final BigDecimal points;
    private final String rule;

    private Score(Weight weight, BigDecimal points, String rule) {
        Result r = weight.getResult();
        this.subject = r.getSubject();
        this.city = r.getCity();
        this.indicator = r.getIndicator();
        this.weight = weight.getPoints();
        this.points = points.setScale(2, RoundingMode.HALF_UP);
        this.rule = rule;
    }

    /** The whole weight. */
    public static Score full(Weight weight, String rule) {
        return new Score(weight, weight.getPoints(), rule);
    }

    /** The weight × actual ÷ target, never below zero (zero when the target is not positive). */
    public static Score proportional(Weight weight, String rule) {
        Result r = weight.getResult();
        BigDecimal points = BigDecimal.ZERO;
        if (r.getTarget().signum() > 0 && r.getActual().signum() > 0) {
            points = weight.getPoints().multiply(r.getActual()).divide(r.getTarget(), 4, RoundingMode.HALF_UP);
        }
        return new Score(weight, points.min(weight.getPoints()), rule);
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

    public BigDecimal getWeight() {
        return weight;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getRule() {
        return rule;
    }
}
