package cn.kaohe.impact;

import java.util.ArrayList;
import java.util.List;

import cn.kaohe.impact.PeriodImpact.Change;
import cn.kaohe.impact.PeriodImpact.Flip;

/** How many results of each kind a candidate ruleset changes, in one period or summed over several. */
public record ImpactCounts(int nowPassing, int nowFailing, int noLongerJudged, int newlyJudged, int targetChanges, int scoreChanges,
        int standingChanges, int rankChanges, int gradeChanges, int rectificationsAdded, int rectificationsRemoved) {

    public static final ImpactCounts NONE = new ImpactCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    static ImpactCounts of(PeriodImpact p) {
        return new ImpactCounts(count(p.flips(), Change.NOW_PASSING), count(p.flips(), Change.NOW_FAILING),
                count(p.flips(), Change.NO_LONGER_JUDGED), count(p.flips(), Change.NEWLY_JUDGED), p.targetChanges().size(),
                p.scoreChanges().size(), p.standingChanges().size(), p.rankChanges().size(), p.gradeChanges().size(),
                p.rectificationsAdded().size(), p.rectificationsRemoved().size());
    }

    private static int count(List<Flip> flips, Change change) {
        return (int) flips.stream().filter(f -> f.change() == change).count();
    }

    public ImpactCounts plus(ImpactCounts o) {
        return new ImpactCounts(nowPassing + o.nowPassing, nowFailing + o.nowFailing, noLongerJudged + o.noLongerJudged,
                newlyJudged + o.newlyJudged, targetChanges + o.targetChanges, scoreChanges + o.scoreChanges,
                standingChanges + o.standingChanges, rankChanges + o.rankChanges, gradeChanges + o.gradeChanges,
                rectificationsAdded + o.rectificationsAdded, rectificationsRemoved + o.rectificationsRemoved);
    }

    /** Indicators whose verdict changed, including those judged only before or only after. */
    public int flips() {
        return nowPassing + nowFailing + noLongerJudged + newlyJudged;
    }

    public boolean none() {
        return equals(NONE);
    }

    /**
     * The changes as a sentence; {@code whose} says whose 指标达标情况 changed: "3个对象的" gives
     * 3个对象的指标达标情况改变（2项由未达标变为达标，1项由达标变为未达标），整改事项新增1项、减少2项.
     */
    String describe(String whose) {
        List<String> parts = new ArrayList<>();
        if (flips() > 0) {
            List<String> kinds = new ArrayList<>();
            add(kinds, nowPassing, "项" + Change.NOW_PASSING.label());
            add(kinds, nowFailing, "项" + Change.NOW_FAILING.label());
            add(kinds, noLongerJudged, "项" + Change.NO_LONGER_JUDGED.label());
            add(kinds, newlyJudged, "项" + Change.NEWLY_JUDGED.label());
            parts.add(whose + "指标达标情况改变（" + String.join("，", kinds) + "）");
        }
        add(parts, targetChanges, "项指标目标值调整但达标情况不变");
        add(parts, scoreChanges, "项指标得分改变");
        add(parts, standingChanges, "个对象的总分或排名改变");
        add(parts, rankChanges, "项指标排名改变");
        add(parts, gradeChanges, "个化工园区的安全风险等级或达标情况改变");
        if (rectificationsAdded > 0 && rectificationsRemoved > 0) {
            parts.add("整改事项新增" + rectificationsAdded + "项、减少" + rectificationsRemoved + "项");
        } else if (rectificationsAdded > 0) {
            parts.add("整改事项新增" + rectificationsAdded + "项");
        } else if (rectificationsRemoved > 0) {
            parts.add("整改事项减少" + rectificationsRemoved + "项");
        }
        return String.join("，", parts);
    }

    private static void add(List<String> parts, int count, String what) {
        if (count > 0) {
            parts.add(count + what);
        }
    }
}
