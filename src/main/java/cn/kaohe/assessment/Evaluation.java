package cn.kaohe.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.kaohe.figures.Figure;
import cn.kaohe.period.Period;

/**
 * What the rules decided for one period's figures under one ruleset.
 *
 * @param ruleset    the ruleset's hash
 * @param firedRules the names of the rules that fired, for coverage and explanation
 */
public record Evaluation(Period period, String source, String ruleset, List<Figure> figures, List<IndicatorResult> results,
        List<Standing> standings, List<RectificationItem> rectifications, Set<String> firedRules) {

    /**
     * One subject's indicator judged against its target.
     *
     * @param source     填报 when reported, else the rule that derived the value
     * @param basis      省定 or 示例
     * @param gap        actual − target, negative when short (百分点 for percentages)
     * @param score      points earned, null when the indicator carries no weight
     * @param rule       the rule that set the target
     * @param judgedBy   the rule that judged 达标 or 未达标
     * @param scoredBy   the rule that scored it, or null
     */
    public record IndicatorResult(String subject, String city, String indicator, String unit, BigDecimal actual, String source,
            BigDecimal target, String basis, boolean passed, BigDecimal gap, BigDecimal weight, BigDecimal score, String rule,
            String judgedBy, String scoredBy) {
    }

    /** A subject's total score and its place in its city. */
    public record Standing(String subject, String city, BigDecimal total, int rank, int of, String rule) {
    }

    /** An item of the rectification list. */
    public record RectificationItem(String subject, String indicator, String text, String rule) {
    }

    public long failedCount() {
        return results.stream().filter(r -> !r.passed()).count();
    }
}
