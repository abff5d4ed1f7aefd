package cn.kaohe.rules.facts;

import java.math.BigDecimal;

/**
 * An absolute target for the whole year (产业当年完成投资 2亿元). A period is judged against its share of
 * it, the 序时进度, which a rule derives as a {@link Target}.
 */
public final class AnnualTarget {

    private final String subject;
    private final String indicator;
    private final BigDecimal value;
    private final String basis;
    private final int priority;
    private final String rule;
    private final Measure measure;

    private AnnualTarget(Measure measure, String value, String basis, int priority, String rule) {
        this.measure = measure;
        this.subject = measure.getSubject();
        this.indicator = measure.getIndicator();
        this.value = new BigDecimal(value.strip());
        this.basis = basis;
        this.priority = priority;
        this.rule = rule;
    }

    /**
     * An annual target stated by one sentence of the targets DSL (rules/common/targets.dsl), such as
     * 2023年农业示范区的产业当年完成投资省定年度目标为2亿元; as {@link Target#stated}.
     *
     * @throws RuleMistake when the unit is not the indicator's or the basis is unknown
     */
    public static AnnualTarget stated(Measure measure, String named, String basis, String value, String unit, String rule) {
        Target.checkStated(measure, basis, unit, rule);
        return new AnnualTarget(measure, value, basis, measure.getSubject().equals(named) ? 1 : 0, rule);
    }

    public static AnnualTarget provincial(Measure measure, String value, String rule) {
        return new AnnualTarget(measure, value, Target.PROVINCIAL, 0, rule);
    }

    public static AnnualTarget provincialForZone(Measure measure, String value, String rule) {
        return new AnnualTarget(measure, value, Target.PROVINCIAL, 1, rule);
    }

    public static AnnualTarget example(Measure measure, String value, String rule) {
        return new AnnualTarget(measure, value, Target.EXAMPLE, 0, rule);
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

    /** The measure the target applies to: the subject's figure for the indicator in the period. */
    public Measure getMeasure() {
        return measure;
    }

    /** How many months the period spans (the numerator of 序时进度). */
    public int getMonths() {
        return measure.getMonths();
    }
}
