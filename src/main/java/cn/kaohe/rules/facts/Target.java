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

    private final String subject;
    private final String indicator;
    private final BigDecimal value;
    private final String basis;
    private final int priority;
    private final String rule;

    private Target(Measure measure, String value, String basis, int priority, String rule) {
        this.subject = measure.getSubject();
        this.indicator = measure.getIndicator();
        this.value = new BigDecimal(value.strip());
        this.basis = basis;
        this.priority = priority;
        this.rule = rule;
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

    @Override
    public String toString() {
        return subject + " " + indicator + " 目标" + value + "（" + basis + "，" + rule + "）";
    }
}
