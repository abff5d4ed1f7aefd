package cn.kaohe.impact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluation.GradeItem;
import cn.kaohe.assessment.Evaluation.IndicatorResult;
import cn.kaohe.assessment.Evaluation.RankItem;
import cn.kaohe.assessment.Evaluation.RectificationItem;
import cn.kaohe.assessment.Evaluation.Standing;
import cn.kaohe.impact.PeriodImpact.Flip;
import cn.kaohe.impact.PeriodImpact.GradeChange;
import cn.kaohe.impact.PeriodImpact.RankChange;
import cn.kaohe.impact.PeriodImpact.ScoreChange;
import cn.kaohe.impact.PeriodImpact.StandingChange;
import cn.kaohe.impact.PeriodImpact.TargetChange;

/**
 * Compares a period's published results with the same figures evaluated under a candidate ruleset. Numbers are equal
 * when their values are (2.0 and 2.00); an item is matched by subject and indicator (and scope, for places).
 */
public final class ImpactAnalysis {

    private ImpactAnalysis() {
    }

    /**
     * What the candidate ruleset changes in one period.
     *
     * @param before the published results
     * @param after  the same period's figures evaluated under the candidate ruleset
     * @throws IllegalArgumentException when the two are not of the same period
     */
    public static PeriodImpact compare(Evaluation before, Evaluation after) {
        if (!Objects.equals(before.period(), after.period())) {
            throw new IllegalArgumentException("只能比较同一考核期的结果：" + before.period() + "与" + after.period() + "不是同一考核期");
        }
        Order order = new Order(before, after);
        List<Flip> flips = new ArrayList<>();
        List<TargetChange> targets = new ArrayList<>();
        List<ScoreChange> scores = new ArrayList<>();
        Map<Key, IndicatorResult> was = index(before.results(), r -> new Key(r.subject(), r.indicator(), null));
        Map<Key, IndicatorResult> now = index(after.results(), r -> new Key(r.subject(), r.indicator(), null));
        for (Key key : union(was, now)) {
            IndicatorResult b = was.get(key);
            IndicatorResult a = now.get(key);
            IndicatorResult either = a != null ? a : b;
            if (b == null || a == null || b.passed() != a.passed()) {
                flips.add(new Flip(key.subject(), either.city(), key.indicator(), either.unit(), either.actual(),
                        b == null ? null : b.target(), a == null ? null : a.target(), b == null ? null : b.passed(),
                        a == null ? null : a.passed(), b == null ? null : b.rule(), a == null ? null : a.rule()));
            } else if (!same(b.target(), a.target())) {
                targets.add(new TargetChange(key.subject(), a.city(), key.indicator(), a.unit(), a.actual(), b.target(), a.target(),
                        a.passed(), b.rule(), a.rule()));
            }
            if (b != null && a != null && !same(b.score(), a.score())) {
                scores.add(new ScoreChange(key.subject(), key.indicator(), b.score(), a.score(), b.scoredBy(), a.scoredBy()));
            }
        }
        return new PeriodImpact(before.period() == null ? null : before.period().label(), before.ruleset(), after.ruleset(),
                order.sort(flips, Flip::subject, Flip::indicator), order.sort(targets, TargetChange::subject, TargetChange::indicator),
                order.sort(scores, ScoreChange::subject, ScoreChange::indicator), standings(before, after, order),
                ranks(before, after, order), grades(before, after, order),
                order.sort(missingFrom(after.rectifications(), before.rectifications()), RectificationItem::subject,
                        RectificationItem::indicator),
                order.sort(missingFrom(before.rectifications(), after.rectifications()), RectificationItem::subject,
                        RectificationItem::indicator));
    }

    private static List<StandingChange> standings(Evaluation before, Evaluation after, Order order) {
        Map<Key, Standing> was = index(before.standings(), s -> new Key(s.subject(), null, null));
        Map<Key, Standing> now = index(after.standings(), s -> new Key(s.subject(), null, null));
        List<StandingChange> changes = new ArrayList<>();
        for (Key key : union(was, now)) {
            Standing b = was.get(key);
            Standing a = now.get(key);
            if (b == null || a == null || !same(b.total(), a.total()) || b.rank() != a.rank()) {
                Standing either = a != null ? a : b;
                changes.add(new StandingChange(key.subject(), either.city(), b == null ? null : b.total(), a == null ? null : a.total(),
                        b == null ? null : b.rank(), a == null ? null : a.rank(), either.of()));
            }
        }
        return order.sort(changes, StandingChange::subject, c -> null);
    }

    private static List<RankChange> ranks(Evaluation before, Evaluation after, Order order) {
        Map<Key, RankItem> was = index(before.rankings(), r -> new Key(r.subject(), r.indicator(), r.scope()));
        Map<Key, RankItem> now = index(after.rankings(), r -> new Key(r.subject(), r.indicator(), r.scope()));
        List<RankChange> changes = new ArrayList<>();
        for (Key key : union(was, now)) {
            RankItem b = was.get(key);
            RankItem a = now.get(key);
            if (b == null || a == null || b.rank() != a.rank()) {
                RankItem either = a != null ? a : b;
                changes.add(new RankChange(key.subject(), either.city(), key.indicator(), key.scope(), b == null ? null : b.rank(),
                        a == null ? null : a.rank(), either.of()));
            }
        }
        changes.sort(Comparator.comparing(RankChange::scope, Comparator.nullsFirst(Comparator.naturalOrder())));
        return order.sort(changes, RankChange::subject, RankChange::indicator);
    }

    private static List<GradeChange> grades(Evaluation before, Evaluation after, Order order) {
        Map<Key, GradeItem> was = index(before.grades(), g -> new Key(g.subject(), null, null));
        Map<Key, GradeItem> now = index(after.grades(), g -> new Key(g.subject(), null, null));
        List<GradeChange> changes = new ArrayList<>();
        for (Key key : union(was, now)) {
            GradeItem b = was.get(key);
            GradeItem a = now.get(key);
            if (b == null || a == null || !Objects.equals(b.grade(), a.grade()) || !Objects.equals(b.passed(), a.passed())) {
                changes.add(new GradeChange(key.subject(), b == null ? null : b.score(), a == null ? null : a.score(),
                        b == null ? null : b.grade(), a == null ? null : a.grade(), b == null ? null : b.passed(),
                        a == null ? null : a.passed(), b == null ? null : b.rule(), a == null ? null : a.rule()));
            }
        }
        return order.sort(changes, GradeChange::subject, c -> null);
    }

    /** The items of {@code items} whose subject, indicator and text are not among {@code others}. */
    private static List<RectificationItem> missingFrom(List<RectificationItem> items, List<RectificationItem> others) {
        Set<Key> otherKeys = new HashSet<>();
        others.forEach(r -> otherKeys.add(new Key(r.subject(), r.indicator(), r.text())));
        return items.stream().filter(r -> !otherKeys.contains(new Key(r.subject(), r.indicator(), r.text()))).toList();
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The items by key, the first of any two with one key kept. */
    private static <T> Map<Key, T> index(List<T> items, Function<T, Key> key) {
        Map<Key, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static Set<Key> union(Map<Key, ?> was, Map<Key, ?> now) {
        Set<Key> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        return keys;
    }

    /** Matches an item of the published results with the candidate's; parts that do not apply are null. */
    private record Key(String subject, String indicator, String scope) {
    }

    /**
     * Subjects and indicators in the order the published results first name them, then the candidate's results,
     * then standings, grades, places and rectifications; a name never seen sorts last, by name.
     */
    private static final class Order {

        private final Map<String, Integer> subjects = new HashMap<>();
        private final Map<String, Integer> indicators = new HashMap<>();

        Order(Evaluation before, Evaluation after) {
            for (Evaluation e : List.of(before, after)) {
                e.results().forEach(r -> see(r.subject(), r.indicator()));
            }
            for (Evaluation e : List.of(before, after)) {
                e.standings().forEach(s -> see(s.subject(), null));
                e.grades().forEach(g -> see(g.subject(), null));
                e.rankings().forEach(r -> see(r.subject(), r.indicator()));
                e.rectifications().forEach(r -> see(r.subject(), r.indicator()));
            }
        }

        private void see(String subject, String indicator) {
            if (subject != null) {
                subjects.putIfAbsent(subject, subjects.size());
            }
            if (indicator != null) {
                indicators.putIfAbsent(indicator, indicators.size());
            }
        }

        /** A stable sort: items equal in subject and indicator keep their order. */
        <T> List<T> sort(List<T> items, Function<T, String> subject, Function<T, String> indicator) {
            Comparator<T> bySubject = Comparator.comparing(subject, by(subjects));
            return items.stream().sorted(bySubject.thenComparing(indicator, by(indicators))).toList();
        }

        private static Comparator<String> by(Map<String, Integer> seen) {
            return Comparator.nullsFirst(Comparator.<String, Integer>comparing(s -> seen.getOrDefault(s, Integer.MAX_VALUE))
                    .thenComparing(Comparator.naturalOrder()));
        }
    }
}
