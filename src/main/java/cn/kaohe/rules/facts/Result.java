package cn.kaohe.rules.facts;

import java.math.BigDecimal;

/**
 * The judgement of one subject's indicator against its target: 达标 when the actual value is at
 * least the target. {@code gap} is actual − target (negative when short), in 百分点 for percentages.
 */
public final class Result {

    private final String subject;
    private final String subjectType;
    private final String city;
    private final String indicator;
    private final String unit;
    private final BigDecimal actual;
    private final BigDecimal target;
    private final String basis;
    private final boolean passed;
    private final BigDecimal gap;
    private final String targetRule;
    private final String rule;
    private final BigDecimal annualTarget;
    private final String proratedBy;
    private final int months;
    private final Measure measure;

    private Result(Measure measure, Target target, boolean passed, String rule) {
        this.measure = measure;
        this.subject = measure.getSubject();
        this.subjectType = measure.getSubjectType();
        this.city = measure.getCity();
        this.indicator = measure.getIndicator();
        this.unit = measure.getUnit();
        this.actual = measure.getValue();
        this.target = target.getValue();
        this.basis = target.getBasis();
        this.passed = passed;
        this.gap = actual.subtract(this.target);
        this.targetRule = target.getRule();
        this.rule = rule;
        this.annualTarget = target.getAnnualValue();
        this.proratedBy = target.getProratedBy();
        this.months = measure.getMonths();
    }

    /** 达标: the target's measure reached it. */
    public static Result passed(Target target, String rule) {
        return new Result(target.getMeasure(), target, true, rule);
    }

    /** 未达标: the target's measure fell short of it. */
    public static Result failed(Target target, String rule) {
        return new Result(target.getMeasure(), target, false, rule);
    }

    public String getSubject() {
        return subject;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getCity() {
        return city;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getActual() {
        return actual;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public String getBasis() {
        return basis;
    }

    public boolean isPassed() {
        return passed;
    }

    public BigDecimal getGap() {
        return gap;
    }

    /** The target-table rule that set the target. */
    public String getTargetRule() {
        return targetRule;
    }

    /** The rule that judged 达标 or 未达标. */
    public String getRule() {
        return rule;
    }

    /** The annual target when {@link #getTarget()} is its 序时进度, else null. */
    public BigDecimal getAnnualTarget() {
        return annualTarget;
    }

    /** True when the target is the period's share of an annual target (序时进度). */
    public boolean isProrated() {
        return annualTarget != null;
    }

    public String getProratedBy() {
        return proratedBy;
    }

    /** The measure judged: its value is {@link #getActual()}. */
    public Measure getMeasure() {
        return measure;
    }

    /** 填报 when the actual value was reported, else the rule that derived it. */
    public String getSource() {
        return measure.getSource();
    }

    /** How many months the period spans. */
    public int getMonths() {
        return months;
    }

    /** The verdict as the reports state it: 达到省定16%目标值 / 未达到… / 完成省定2亿元序时进度 / 未完成…. */
    public String getStatement() {
        if (isProrated()) {
            return (passed ? "完成" : "未完成") + basis + Wording.value(annualTarget, unit) + "序时进度";
        }
        return (passed ? "达到" : "未达到") + basis + Wording.value(target, unit) + "目标值";
    }

    /** Actual as a percentage of target, two decimals (the completion of 序时进度). */
    public BigDecimal getCompletion() {
        return target.signum() == 0 ? null : actual.multiply(Wording.HUNDRED).divide(target, 2, java.math.RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return subject + " " + indicator + " " + actual + " vs " + target + (passed ? " 达标" : " 未达标");
    }
}
