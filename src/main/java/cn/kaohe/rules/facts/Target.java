package cn.kaohe.rules.facts;

import java.math.BigDecimal;

/**
 * The target that applies to one subject's indicator, set by a row of a target table. A target
 * for a named zone outranks the target for its whole zone type.
 */
public final class Target {

    /** A target the province set (省定). */
    public static final String PROVINCIAL = "省定";
    /** A value standing in where the sources give no target; to be replaced by the official one. */
    public static final String EXAMPLE = "示例";
    /** A target the province set provisionally (省初定). */
    public static final String PRELIMINARY = "省初定";

    private final String subject;
    private final String indicator;
    private final BigDecimal value;
    private final String basis;
    private final int priority;
    private final String rule;
    private final BigDecimal annualValue;
    private final String proratedBy;

    private Target(Measure measure, String value, String basis, int priority, String rule) {
        this.subject = measure.getSubject();
        this.indicator = measure.getIndicator();
        this.value = new BigDecimal(value.strip());
        this.basis = basis;
        this.priority = priority;
        this.rule = rule;
        this.annualValue = null;
        this.proratedBy = null;
    }

    private Target(AnnualTarget annual, BigDecimal periodValue, String proratedBy) {
        this.subject = annual.getSubject();
        this.indicator = annual.getIndicator();
        this.value = periodValue;
        this.basis = annual.getBasis();
        this.priority = annual.getPriority();
        this.rule = annual.getRule();
        this.annualValue = annual.getValue();
        this.proratedBy = proratedBy;
    }

    /** The period's share of an annual target: 序时进度, annual × months ÷ 12, to two decimals. */
    public static Target prorated(AnnualTarget annual, int months, String rule) {
        BigDecimal share = annual.getValue().multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
        return new Target(annual, share, rule);
    }

    /** A provisional provincial target (省初定) for every zone of a type. */
    public static Target preliminary(Measure measure, String value, String rule) {
        return new Target(measure, value, PRELIMINARY, 0, rule);
    }

    /** The provincial target for every zone of a type. */
    public static Target provincial(Measure measure, String value, String rule) {
        return new Target(measure, value, PROVINCIAL, 0, rule);
    }

    /** A provincial target for one named zone, outranking its type's target. */
    public static Target provincialForZone(Measure measure, String value, String rule) {
        return new Target(measure, value, PROVINCIAL, 1, rule);
    }

    /** An example target where the sources give none. */
    public static Target example(Measure measure, String value, String rule) {
        return new Target(measure, value, EXAMPLE, 0, rule);
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getBasis() {
        return basis;
    }

    public int getPriority() {
        return priority;
    }

    public String getRule() {
        return rule;
    }

    /** The annual target this period's target was prorated from, or null when the target is not prorated. */
    public BigDecimal getAnnualValue() {
        return annualValue;
    }

    /** The rule that prorated the annual target to the period, or null. */
    public String getProratedBy() {
        return proratedBy;
    }

    @Override
    public String toString() {
        return subject + " " + indicator + " 目标" + value + "（" + basis + "，" + rule + "）";
    }
}
