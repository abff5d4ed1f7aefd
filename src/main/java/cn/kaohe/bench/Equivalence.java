package cn.kaohe.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.rules.facts.CampaignProgress;
import cn.kaohe.rules.facts.Grade;
import cn.kaohe.rules.facts.GradeJudgement;
import cn.kaohe.rules.facts.Measure;
import cn.kaohe.rules.facts.Ranking;
import cn.kaohe.rules.facts.Result;
import cn.kaohe.rules.facts.Score;

/**
 * Whether the rule engine's evaluation and the floor's agree on everything the floor computes: every measure (value,
 * 上年同期, reported or derived), every judged indicator (actual, target, basis, passed, gap, weight, score), every total
 * (city, total, rank, of), every grade (score, grade, target grade, passed) and every campaign (total, done, rate,
 * open). A row on one side only is a difference too. Numbers are equal when numerically equal (16 = 16.00).
 */
public final class Equivalence {

    /** How many differences a report keeps to show; all are counted. */
    static final int SHOWN = 20;

    /** One disagreement: {@code item} is the indicator or campaign, empty for a total or a grade. */
    public record Difference(String category, String subject, String item, String field, Object engine, Object floor) {

        @Override
        public String toString() {
            return category + "：" + subject + (item.isEmpty() ? "" : " " + item) + " 的 " + field + "：规则引擎 " + text(engine) + "，手写底线 "
                    + text(floor);
        }
    }

    /**
     * @param rows        rows per category, on either side or both
     * @param fields      values compared in all
     * @param differences how many differences were found
     * @param first       the first {@value #SHOWN} of them
     */
    public record Report(Map<String, Integer> rows, int fields, int differences, List<Difference> first) {

        public boolean agrees() {
            return differences == 0;
        }

        /** One line: 一致：数值 1234行，判定 …，共比较 N 个值; or the number of differences. */
        public String summary() {
            StringBuilder s = new StringBuilder(agrees() ? "一致：" : "不一致（" + differences + "处）：");
            rows.forEach((category, n) -> s.append(category).append(n).append("行，"));
            return s.append("共比较").append(fields).append("个值").toString();
        }
    }

    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private final List<Difference> first = new ArrayList<>();
    private int fields;
    private int differences;

    private Equivalence() {
    }

    public static Report compare(Evaluation engine, BaselineEvaluator.Outcome floor) {
        Equivalence e = new Equivalence();
        e.category("数值", engine.measures(), m -> key(m.subject(), m.indicator()), floor.measures(), m -> key(m.getSubject(), m.getIndicator()),
                List.of(field("本期值", Evaluation.MeasureItem::value, Measure::getValue),
                        field("上年同期", Evaluation.MeasureItem::previous, Measure::getPrevious),
                        field("来源", m -> reported(m.source()), m -> reported(m.getSource()))));
        Map<String, Score> scores = new HashMap<>();
        floor.scores().forEach(s -> scores.put(key(s.getSubject(), s.getIndicator()), s));
        Function<Result, Score> scoreOf = r -> scores.get(key(r.getSubject(), r.getIndicator()));
        e.category("判定", engine.results(), r -> key(r.subject(), r.indicator()), floor.results(), r -> key(r.getSubject(), r.getIndicator()),
                List.of(field("实际值", Evaluation.IndicatorResult::actual, Result::getActual),
                        field("目标值", Evaluation.IndicatorResult::target, Result::getTarget),
                        field("目标性质", Evaluation.IndicatorResult::basis, Result::getBasis),
                        field("达标", Evaluation.IndicatorResult::passed, Result::isPassed),
                        field("差距", Evaluation.IndicatorResult::gap, Result::getGap),
                        field("分值", Evaluation.IndicatorResult::weight, r -> scoreOf.apply(r) == null ? null : scoreOf.apply(r).getWeight()),
                        field("得分", Evaluation.IndicatorResult::score, r -> scoreOf.apply(r) == null ? null : scoreOf.apply(r).getPoints())));
        e.category("总分", engine.standings(), s -> key(s.subject(), ""), floor.standings(), s -> key(s.getSubject(), ""),
                List.of(field("所属市", Evaluation.Standing::city, Ranking::getCity),
                        field("总分", Evaluation.Standing::total, Ranking::getTotal),
                        field("名次", Evaluation.Standing::rank, Ranking::getRank),
                        field("参与排名数", Evaluation.Standing::of, Ranking::getOf)));
        Map<String, GradeJudgement> judged = new HashMap<>();
        floor.judgements().forEach(j -> judged.put(j.getSubject(), j));
        e.category("安全风险等级", engine.grades(), g -> key(g.subject(), ""), floor.grades(), g -> key(g.getSubject(), ""),
                List.of(field("评估得分", Evaluation.GradeItem::score, Grade::getScore),
                        field("等级", Evaluation.GradeItem::grade, Grade::getGrade),
                        field("目标等级", Evaluation.GradeItem::targetGrade,
                                g -> judged.containsKey(g.getSubject()) ? judged.get(g.getSubject()).getTargetGrade() : null),
                        field("达到目标", Evaluation.GradeItem::passed,
                                g -> judged.containsKey(g.getSubject()) ? judged.get(g.getSubject()).isPassed() : null)));
        e.category("专项工作", engine.campaigns(), c -> key(c.subject(), c.campaign()), floor.campaigns(), c -> key(c.getSubject(), c.getCampaign()),
                List.of(field("总数", Evaluation.CampaignItem::total, CampaignProgress::getTotal),
                        field("已完成", Evaluation.CampaignItem::done, CampaignProgress::getDone),
                        field("完成率", Evaluation.CampaignItem::rate, CampaignProgress::getRate),
                        field("剩余", Evaluation.CampaignItem::open, CampaignProgress::getOpen)));
        return new Report(Collections.unmodifiableMap(e.rows), e.fields, e.differences, List.copyOf(e.first));
    }

    /** A compared value: its name and how each side reads it. */
    private record Field<E, F>(String name, Function<E, Object> engine, Function<F, Object> floor) {
    }

    private static <E, F> Field<E, F> field(String name, Function<E, Object> engine, Function<F, Object> floor) {
        return new Field<>(name, engine, floor);
    }

    private <E, F> void category(String category, List<E> engine, Function<E, String> engineKey, List<F> floor, Function<F, String> floorKey,
            List<Field<E, F>> compared) {
        Map<String, E> engineRows = index(category, engine, engineKey, true);
        Map<String, F> floorRows = index(category, floor, floorKey, false);
        for (Map.Entry<String, E> row : engineRows.entrySet()) {
            F other = floorRows.get(row.getKey());
            if (other == null) {
                differ(category, row.getKey(), "有无", "有", "无");
                continue;
            }
            for (Field<E, F> f : compared) {
                fields++;
                Object a = f.engine().apply(row.getValue());
                Object b = f.floor().apply(other);
                if (!same(a, b)) {
                    differ(category, row.getKey(), f.name(), a, b);
                }
            }
        }
        List<String> floorOnly = floorRows.keySet().stream().filter(k -> !engineRows.containsKey(k)).toList();
        floorOnly.forEach(k -> differ(category, k, "有无", "无", "有"));
        rows.put(category, engineRows.size() + floorOnly.size());
    }

    private <T> Map<String, T> index(String category, List<T> list, Function<T, String> key, boolean engineSide) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T row : list) {
            if (byKey.putIfAbsent(key.apply(row), row) != null) {
                differ(category, key.apply(row), "重复", engineSide ? "重复" : "", engineSide ? "" : "重复");
            }
        }
        return byKey;
    }

    private void differ(String category, String key, String field, Object engine, Object floor) {
        differences++;
        if (first.size() < SHOWN) {
            int cut = key.indexOf('\u0000');
            first.add(new Difference(category, key.substring(0, cut), key.substring(cut + 1), field, engine, floor));
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static String reported(String source) {
        return Measure.REPORTED.equals(source) ? "填报" : "派生";
    }

    private static String key(String subject, String item) {
        return subject + "\u0000" + item;
    }

    private static String text(Object value) {
        return value == null ? "（无）" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }
}
