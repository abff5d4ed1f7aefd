package cn.kaohe.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluation.GradeItem;
import cn.kaohe.assessment.Evaluation.IndicatorResult;
import cn.kaohe.assessment.Evaluation.RankItem;
import cn.kaohe.assessment.Evaluation.RectificationItem;
import cn.kaohe.assessment.Evaluation.Standing;
import cn.kaohe.period.Period;

/** A period's results written by hand, as the rules would have produced them: only the parts a test is about. */
final class Results {

    static final Period H1 = new Period(2023, 1, 6);

    private final Period period;
    private final String ruleset;
    private final List<IndicatorResult> results = new ArrayList<>();
    private final List<Standing> standings = new ArrayList<>();
    private final List<RectificationItem> rectifications = new ArrayList<>();
    private final List<GradeItem> grades = new ArrayList<>();
    private final List<RankItem> rankings = new ArrayList<>();

    private Results(Period period, String ruleset) {
        this.period = period;
        this.ruleset = ruleset;
    }

    static Results of(String ruleset) {
        return new Results(H1, ruleset);
    }

    static Results of(Period period, String ruleset) {
        return new Results(period, ruleset);
    }

    /** A growth indicator in %, 达标 when the actual reaches the target; scored when {@code score} is given. */
    Results result(String subject, String city, String indicator, String actual, String target, String rule, String score) {
        BigDecimal a = new BigDecimal(actual);
        BigDecimal t = new BigDecimal(target);
        boolean passed = a.compareTo(t) >= 0;
        results.add(new IndicatorResult(subject, city, indicator, "%", a, "填报", t, "省定", passed, a.subtract(t),
                score == null ? null : BigDecimal.TEN, score == null ? null : new BigDecimal(score), rule,
                "实际值达到目标值为达标", score == null ? null : "按完成比例计分", null, null,
                (passed ? "达到" : "未达到") + "省定" + target + "%目标值"));
        return this;
    }

    Results result(String subject, String city, String indicator, String actual, String target, String rule) {
        return result(subject, city, indicator, actual, target, rule, null);
    }

    Results rectification(String subject, String indicator, String text) {
        rectifications.add(new RectificationItem(subject, indicator, text, "未达标的指标列入整改清单，写明实际值、目标值和差距"));
        return this;
    }

    Results standing(String subject, String city, String total, int rank, int of) {
        standings.add(new Standing(subject, city, new BigDecimal(total), rank, of, "按总分排出市内名次"));
        return this;
    }

    Results rank(String subject, String city, String indicator, String scope, String value, int rank, int of) {
        rankings.add(new RankItem(subject, city, indicator, scope, new BigDecimal(value), "%", rank, of, "按指标值排出名次"));
        return this;
    }

    Results grade(String subject, String score, String grade, String meaning, String target, boolean passed, String rule) {
        grades.add(new GradeItem(subject, new BigDecimal(score), grade, meaning, rule, target, passed, "达到或好于目标等级即为达标"));
        return this;
    }

    Evaluation evaluation() {
        return new Evaluation(period, "2023-h1.csv", ruleset, List.of(), List.of(), results, standings, rectifications, grades,
                List.of(), List.of(), rankings, List.of(), List.of(), Set.of());
    }
}
