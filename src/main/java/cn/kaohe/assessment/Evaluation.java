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
 * @param measures   every value the rules worked with, reported or derived
 * @param firedRules the names of the rules that fired, for coverage and explanation
 */
public record Evaluation(Period period, String source, String ruleset, List<Figure> figures, List<MeasureItem> measures,
        List<IndicatorResult> results,
        List<Standing> standings, List<RectificationItem> rectifications, List<GradeItem> grades, List<CampaignItem> campaigns,
        List<WarningItem> warnings, List<RankItem> rankings, List<ComparisonItem> comparisons, List<BulletinParagraph> bulletin,
        Set<String> firedRules) {

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
     * @param annualTarget the annual target when {@code target} is its 序时进度 for the period, else null
     * @param statement  the verdict in the reports' words: 达到省定16%目标值, 完成省定2亿元序时进度
     */
    public record IndicatorResult(String subject, String city, String indicator, String unit, BigDecimal actual, String source,
            BigDecimal target, String basis, boolean passed, BigDecimal gap, BigDecimal weight, BigDecimal score, String rule,
            String judgedBy, String scoredBy, BigDecimal annualTarget, String proratedBy, String statement) {
    }

    /**
     * A value the rules worked with: reported, derived (增速, 占比, 比率) or summed for a city's zones.
     *
     * @param source 填报, or the rule that derived it
     */
    public record MeasureItem(String subject, String indicator, String unit, BigDecimal value, BigDecimal previous, String source) {
    }

    /** A chemical park's safety grade and, where a grade is required, whether it is reached. */
    public record GradeItem(String subject, BigDecimal score, String grade, String meaning, String rule, String targetGrade,
            Boolean passed, String judgedBy) {
    }

    /** A rectification campaign's completion. */
    public record CampaignItem(String subject, String campaign, BigDecimal total, BigDecimal done, BigDecimal rate, BigDecimal open,
            String rule) {
    }

    /** An early warning: 黄色 or 红色. */
    public record WarningItem(String subject, String indicator, String level, String text, String rule) {
    }

    /** A place on one indicator, 市内 or 全部开发区. */
    public record RankItem(String subject, String city, String indicator, String scope, BigDecimal value, String unit, int rank, int of,
            String rule) {
    }

    /** A figure set against the city's or the province's zones. */
    public record ComparisonItem(String subject, String indicator, String against, BigDecimal otherValue, String kind, BigDecimal value,
            String text, String rule) {
    }

    /** A subject's bulletin paragraph, ready to paste. */
    public record BulletinParagraph(String subject, String text, List<String> rules) {
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
