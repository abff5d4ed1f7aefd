package cn.kaohe.rules.facts;

import java.math.BigDecimal;

/** How many points a judged indicator is worth, set by a row of the weights table. */
public final class Weight {

    private final Result result;
    private final BigDecimal points;
    private final String rule;

    public Weight(Result result, String points, String rule) {
        this.result = result;
        this.points = new BigDecimal(points.strip());
        this.rule = rule;
    }

    public Result getResult() {
        return result;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getRule() {
        return rule;
    }
}
