package cn.kaohe.impact;

import java.util.List;

/**
 * What a candidate ruleset would change over several periods' published results.
 *
 * @param candidate what the candidate ruleset is, in the officer's words: 2023年目标调整（征求意见稿）
 * @param periods   one comparison per period, in the order given
 * @param totals    the changes summed over the periods
 */
public record Impact(String candidate, List<PeriodImpact> periods, ImpactCounts totals) {

    public Impact {
        periods = List.copyOf(periods);
    }

    /** The periods' comparisons with their totals summed. */
    public Impact(String candidate, List<PeriodImpact> periods) {
        this(candidate, periods, periods.stream().map(PeriodImpact::counts).reduce(ImpactCounts.NONE, ImpactCounts::plus));
    }

    /** The periods whose results the candidate changes. */
    public List<PeriodImpact> changedPeriods() {
        return periods.stream().filter(p -> !p.unchanged()).toList();
    }

    public boolean unchanged() {
        return changedPeriods().isEmpty();
    }

    /**
     * 共比较3个考核期，其中1个结果有变化（2023年1-6月）：4项指标达标情况改变（…），整改事项新增1项; or
     * 3个考核期的结果都没有变化.
     */
    public String summary() {
        if (periods.isEmpty()) {
            return "没有比较任何考核期";
        }
        if (unchanged()) {
            return periods.size() == 1 ? "结果没有变化" : periods.size() + "个考核期的结果都没有变化";
        }
        List<String> changed = changedPeriods().stream().map(PeriodImpact::period).toList();
        return "共比较" + periods.size() + "个考核期，其中" + changed.size() + "个结果有变化（" + String.join("、", changed) + "）："
                + totals.describe(totals.flips() + "项");
    }
}
