package cn.kaohe.impact;

import java.math.BigDecimal;
import java.util.List;

import cn.kaohe.assessment.Evaluation.RectificationItem;

/**
 * What a candidate ruleset would change in one period's published results: what a policy officer must see before
 * publishing it. Every list is ordered by subject (as the published results list them), then indicator.
 *
 * @param period          the period's label: 2023年1-6月
 * @param beforeRuleset   the published results' ruleset
 * @param afterRuleset    the candidate ruleset
 * @param flips           indicators whose verdict changed, or judged only before or only after
 * @param targetChanges   indicators whose target changed while their verdict did not
 * @param scoreChanges    indicators judged both times whose score changed
 * @param standingChanges subjects whose total score or place in the city changed
 * @param rankChanges     places on an indicator that changed
 * @param gradeChanges    chemical parks whose safety grade, or whether it reaches its target grade, changed
 * @param rectificationsAdded   rectification items only the candidate raises
 * @param rectificationsRemoved rectification items the candidate no longer raises
 */
public record PeriodImpact(String period, String beforeRuleset, String afterRuleset, List<Flip> flips, List<TargetChange> targetChanges,
        List<ScoreChange> scoreChanges, List<StandingChange> standingChanges, List<RankChange> rankChanges,
        List<GradeChange> gradeChanges, List<RectificationItem> rectificationsAdded, List<RectificationItem> rectificationsRemoved) {

    public PeriodImpact {
        flips = List.copyOf(flips);
        targetChanges = List.copyOf(targetChanges);
        scoreChanges = List.copyOf(scoreChanges);
        standingChanges = List.copyOf(standingChanges);
        rankChanges = List.copyOf(rankChanges);
        gradeChanges = List.copyOf(gradeChanges);
        rectificationsAdded = List.copyOf(rectificationsAdded);
        rectificationsRemoved = List.copyOf(rectificationsRemoved);
    }

    /** How an indicator's verdict changed. */
    public enum Change {
        NOW_PASSING("由未达标变为达标"), NOW_FAILING("由达标变为未达标"), NO_LONGER_JUDGED("不再考核"), NEWLY_JUDGED("新增考核");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        /** 由未达标变为达标, 由达标变为未达标, 不再考核 or 新增考核. */
        public String label() {
            return label;
        }
    }

    /**
     * An indicator whose verdict changed. A side on which the indicator is not judged has null target, verdict and rule.
     *
     * @param actual the value judged (the candidate's when it judges the indicator, else the published one)
     * @param beforeRule the rule that set the published target
     * @param afterRule  the rule that set the candidate's target
     */
    public record Flip(String subject, String city, String indicator, String unit, BigDecimal actual, BigDecimal beforeTarget,
            BigDecimal afterTarget, Boolean beforePassed, Boolean afterPassed, String beforeRule, String afterRule) {

        public Change change() {
            if (beforePassed == null) {
                return Change.NEWLY_JUDGED;
            }
            if (afterPassed == null) {
                return Change.NO_LONGER_JUDGED;
            }
            return afterPassed ? Change.NOW_PASSING : Change.NOW_FAILING;
        }

        /** 达标, 未达标, or null when not judged before. */
        public String beforeVerdict() {
            return PeriodImpact.verdict(beforePassed);
        }

        /** 达标, 未达标, or null when no longer judged. */
        public String afterVerdict() {
            return PeriodImpact.verdict(afterPassed);
        }
    }

    /** An indicator whose target changed while it stayed 达标 or 未达标. */
    public record TargetChange(String subject, String city, String indicator, String unit, BigDecimal actual, BigDecimal beforeTarget,
            BigDecimal afterTarget, boolean passed, String beforeRule, String afterRule) {

        public String verdict() {
            return PeriodImpact.verdict(passed);
        }
    }

    /**
     * An indicator's score, null where it carries no weight.
     *
     * @param beforeRule the rule that scored it in the published results ({@code scoredBy})
     * @param afterRule  the rule that scores it under the candidate
     */
    public record ScoreChange(String subject, String indicator, BigDecimal beforeScore, BigDecimal afterScore, String beforeRule,
            String afterRule) {
    }

    /** A subject's total and place in its city; null on a side where it has no standing; {@code of} as the candidate counts. */
    public record StandingChange(String subject, String city, BigDecimal beforeTotal, BigDecimal afterTotal, Integer beforeRank,
            Integer afterRank, Integer of) {
    }

    /** A place on one indicator within a scope (市内 or 全部开发区); null on a side where it is not ranked. */
    public record RankChange(String subject, String city, String indicator, String scope, Integer beforeRank, Integer afterRank,
            Integer of) {
    }

    /** A chemical park's safety grade and whether it reaches its target grade; null on a side where it is not graded. */
    public record GradeChange(String subject, BigDecimal beforeScore, BigDecimal afterScore, String beforeGrade, String afterGrade,
            Boolean beforePassed, Boolean afterPassed, String beforeRule, String afterRule) {
    }

    /** Whether the candidate leaves every compared result as published. */
    public boolean unchanged() {
        return counts().none();
    }

    /** The changes counted by kind. */
    public ImpactCounts counts() {
        return ImpactCounts.of(this);
    }

    /**
     * In the officers' words: 3个对象的指标达标情况改变（2项由未达标变为达标，1项由达标变为未达标），整改事项新增1项、减少2项;
     * or 结果没有变化.
     */
    public String summary() {
        if (unchanged()) {
            return "结果没有变化";
        }
        long subjects = flips.stream().map(Flip::subject).distinct().count();
        return counts().describe(subjects + "个对象的");
    }

    private static String verdict(Boolean passed) {
        return passed == null ? null : passed ? "达标" : "未达标";
    }
}
