package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A value of one indicator for one subject in the period: reported, or derived by a rule from
 * other values (then {@link #getSource()} names that rule).
 */
public final class Measure {

    /** Where a reported value came from. */
    public static final String REPORTED = "填报";
    /** In front of a zone type (各农业示范区): each zone of the type, not the city totals of them. */
    public static final String EACH = "各";

    private final String subject;
    private final String subjectType;
    private final String city;
    private final int year;
    private final int months;
    private final String indicator;
    private final String unit;
    private final BigDecimal value;
    private final BigDecimal previous;
    private final String source;

    public Measure(String subject, String subjectType, String city, int year, int months, String indicator, String unit,
            BigDecimal value, BigDecimal previous, String source) {
        this.subject = subject;
        this.subjectType = subjectType;
        this.city = city;
        this.year = year;
        this.months = months;
        this.indicator = indicator;
        this.unit = unit;
        this.value = value;
        this.previous = previous;
        this.source = source;
    }

    /** The name of the growth derived from this value and its 上年同期: 工业投资 → 工业投资增速. */
    public String getGrowthIndicator() {
        return indicator + "增速";
    }

    /** True for a year-on-year growth rate (…增速, in percent). */
    public boolean isGrowthRate() {
        return "%".equals(unit) && indicator.endsWith("增速");
    }

    /** Year-on-year growth in percent, (本期 ÷ 上年同期 − 1) × 100, to two decimals. */
    public Measure growth(String rule) {
        BigDecimal percent = value.subtract(previous).multiply(Wording.HUNDRED).divide(previous, 2, RoundingMode.HALF_UP);
        return derived(getGrowthIndicator(), "%", percent, rule);
    }

    /** This value as a percentage of {@code whole}, to two decimals. */
    public Measure shareOf(Measure whole, String shareIndicator, String rule) {
        BigDecimal percent = value.multiply(Wording.HUNDRED).divide(whole.value, 2, RoundingMode.HALF_UP);
        return derived(shareIndicator, "%", percent, rule);
    }

    private Measure derived(String name, String derivedUnit, BigDecimal derivedValue, String rule) {
        return new Measure(subject, subjectType, city, year, months, name, derivedUnit, derivedValue, null, rule);
    }

    /** The zone type a subject is assessed as: an aggregate (工业类合计) is assessed as its zones' type (工业类). */
    public String getZoneType() {
        return subjectType.endsWith(Subject.AGGREGATE_SUFFIX) ? subjectType.substring(0, subjectType.length() - Subject.AGGREGATE_SUFFIX.length()) : subjectType;
    }

    /**
     * Whether {@code name} names this subject's zone type as policy texts write it: 工业类开发区 or 工业类,
     * 农业示范区. With 各 in front (各工业类开发区) it names each zone of the type, not the city totals of them.
     */
    public boolean ofType(String name) {
        boolean each = name.startsWith(EACH);
        String type = each ? name.substring(EACH.length()) : name;
        String zoneType = getZoneType();
        return !(each && isAggregate()) && (type.equals(zoneType) || type.equals(zoneType + "开发区"));
    }

    /** True for the total of a city's zones of one type (运城市工业类开发区), reported or summed by a rule. */
    public boolean isAggregate() {
        return subjectType.endsWith(Subject.AGGREGATE_SUFFIX);
    }

    /** True for a zone itself: not an aggregate, a city, the province's zones or a chemical park. */
    public boolean isZone() {
        return Subject.isZoneType(subjectType);
    }

    /** A measure of {@code aggregate} summing the given measures of its zones (previous only when all have one). */
    public static Measure sum(Subject aggregate, java.util.Collection<?> parts, String rule) {
        Measure first = (Measure) parts.iterator().next();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal previousTotal = BigDecimal.ZERO;
        boolean allPrevious = true;
        for (Object o : parts) {
            Measure m = (Measure) o;
            total = total.add(m.value);
            if (m.previous == null) {
                allPrevious = false;
            } else {
                previousTotal = previousTotal.add(m.previous);
            }
        }
        return new Measure(aggregate.getName(), aggregate.getType(), aggregate.getCity(), first.year, first.months, first.indicator,
                first.unit, total, allPrevious ? previousTotal : null, rule);
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

    public int getYear() {
        return year;
    }

    public int getMonths() {
        return months;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getPrevious() {
        return previous;
    }

    public String getSource() {
        return source;
    }

    @Override
    public String toString() {
        return subject + " " + indicator + "=" + value + (previous == null ? "" : " (上年同期 " + previous + ")");
    }
}
