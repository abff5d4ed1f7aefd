package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers written the way the reports write them, for the sentences rules compose. */
public final class Wording {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Wording() {
    }

    /** A number without trailing zeros: 16, 15.2, 91.72. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }

    /** A value with its unit: 15.2%, 22万元/亩, 48家. */
    public static String value(BigDecimal value, String unit) {
        return number(value) + unit;
    }

    /**
     * A difference as the reports state it: percentages in 百分点 to one decimal (0.8个百分点), two
     * decimals where one would read as zero; other units to two decimals at most.
     */
    public static String difference(BigDecimal difference, String unit) {
        BigDecimal d = difference.abs();
        if ("%".equals(unit)) {
            BigDecimal oneDecimal = d.setScale(1, RoundingMode.HALF_UP);
            BigDecimal shown = oneDecimal.signum() == 0 ? d.setScale(2, RoundingMode.HALF_UP) : oneDecimal;
            return shown.toPlainString() + "个百分点";
        }
        return number(d.setScale(Math.min(2, Math.max(0, d.scale())), RoundingMode.HALF_UP)) + unit;
    }

    /** How far a result is from its target, as a share: 产业当年完成投资0.5亿元，仅完成省定2亿元序时进度(1亿元)的50%. */
    public static String progress(Result r) {
        String target = r.isProrated()
                ? r.getBasis() + value(r.getAnnualTarget(), r.getUnit()) + "序时进度(" + value(r.getTarget(), r.getUnit()) + ")"
                : r.getBasis() + value(r.getTarget(), r.getUnit()) + "目标值";
        return r.getIndicator() + value(r.getActual(), r.getUnit()) + "，仅完成" + target + "的" + number(r.getCompletion()) + "%";
    }
}
