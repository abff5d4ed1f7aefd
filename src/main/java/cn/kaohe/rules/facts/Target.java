package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.util.List;

/**
 * The target that applies to one subject's indicator, set by a row of a target table or a target sentence. A target
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
    private final Measure measure;

    private Target(Measure measure, String value, String basis, int priority, String rule) {
        this.measure = measure;
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
        this.measure = annual.getMeasure();
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

    /**
     * A target stated by one sentence of the targets DSL (rules/common/targets.dsl), such as
     * 2024年河津开发区的规上工业增加值增速省定目标为15%. A target for a subject by its name outranks the
     * target for its zone type (工业类开发区, 各农业示范区; see {@link Measure#ofType}).
     *
     * @param named the zone, aggregate or zone type the sentence names
     * @param basis 省定, 省初定 or 示例
     * @param unit  the unit the sentence writes after the value; it must be the indicator's own
     * @throws RuleMistake when the unit is not the indicator's or the basis is unknown
     */
    public static Target stated(Measure measure, String named, String basis, String value, String unit, String rule) {
        checkStated(measure, basis, unit, rule);
        return new Target(measure, value, basis, measure.getSubject().equals(named) ? 1 : 0, rule);
    }

    /** A sentence's unit must be its indicator's: 2万元 for an indicator in 亿元 would silently mean 2亿元. */
    static void checkStated(Measure measure, String basis, String unit, String rule) {
        if (!List.of(PROVINCIAL, PRELIMINARY, EXAMPLE).contains(basis)) {
            throw new RuleMistake("规则“" + rule + "”：目标的依据只能是省定、省初定或示例，不能是“" + basis + "”");
        }
        if (!unit.strip().equals(measure.getUnit())) {
            throw new RuleMistake("规则“" + rule + "”：目标值的单位写作“" + unit.strip() + "”，但指标“" + measure.getIndicator()
                    + "”的单位是“" + measure.getUnit() + "”，请在目标值后写“" + measure.getUnit() + "”（数值也按这个单位）");
        }
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

    /** The measure the target applies to: the subject's figure for the indicator in the period. */
    public Measure getMeasure() {
        return measure;
    }

    /** The actual value the target is judged against: the measure's value. */
    public BigDecimal getActual() {
        return measure.getValue();
    }

    @Override
    public String toString() {
        return subject + " " + indicator + " 目标" + value + "（" + basis + "，" + rule + "）";
    }
}
