package cn.kaohe.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.kaohe.figures.Figure;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.period.Period;
import cn.kaohe.rules.RuleEngine;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetException;
import cn.kaohe.rules.facts.BulletinLine;
import cn.kaohe.rules.facts.CampaignProgress;
import cn.kaohe.rules.facts.Comparison;
import cn.kaohe.rules.facts.Deduction;
import cn.kaohe.rules.facts.Grade;
import cn.kaohe.rules.facts.GradeJudgement;
import cn.kaohe.rules.facts.IndicatorRank;
import cn.kaohe.rules.facts.Measure;
import cn.kaohe.rules.facts.Ranking;
import cn.kaohe.rules.facts.Rectification;
import cn.kaohe.rules.facts.Result;
import cn.kaohe.rules.facts.Score;
import cn.kaohe.rules.facts.Subject;
import cn.kaohe.rules.facts.Warning;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Maps a period's figures to facts, runs the rules, and reads their conclusions back in a stable order (the
 * registry's order of subjects, then the catalogue's order of indicators). Stateless and free of Spring and JPA, so
 * the features and the benchmarks run exactly what the service runs. At national scale (2,600 zones) it handles
 * about 100,000 figures and 300,000 conclusions, so nothing here is worse than linear but the sorts.
 */
public final class Evaluator {

    /** The conclusions read back from working memory. */
    private static final List<Class<?>> CONCLUSIONS = List.of(Score.class, Result.class, Measure.class, Ranking.class, Rectification.class,
            Grade.class, GradeJudgement.class, CampaignProgress.class, Warning.class, IndicatorRank.class, Comparison.class, BulletinLine.class);

    private final Map<String, Integer> zoneOrder = new HashMap<>();
    private final Map<String, Integer> indicatorOrder = new HashMap<>();
    /** A city's aggregates by the type of the zones they sum: 运城市 → 工业类 → 运城市工业类开发区. */
    private final Map<String, Map<String, List<Zone>>> aggregates = new HashMap<>();

    public Evaluator(ZoneRegistry zones, IndicatorCatalog indicators) {
        zones.zones().forEach(z -> zoneOrder.putIfAbsent(z.name(), zoneOrder.size()));
        indicators.indicators().forEach(i -> indicatorOrder.putIfAbsent(i.name(), indicatorOrder.size()));
        for (Zone z : zones.zones()) {
            if (z.type().endsWith(Subject.AGGREGATE_SUFFIX)) {
                String zoneType = z.type().substring(0, z.type().length() - Subject.AGGREGATE_SUFFIX.length());
                aggregates.computeIfAbsent(z.city(), c -> new HashMap<>()).computeIfAbsent(zoneType, t -> new ArrayList<>()).add(z);
            }
        }
    }

    /**
     * @throws RulesetException in Chinese when the rules conflict (two targets or two scores for one subject's indicator,
     *                          two grades for one park) or a rule reports a mistake
     */
    public Evaluation evaluate(PeriodFigures input, Ruleset ruleset) {
        RuleEngine.Outcome outcome = RuleEngine.run(ruleset, facts(input), CONCLUSIONS);
        Map<Key, Score> scores = unique(outcome.all(Score.class), s -> new Key(s.getSubject(), s.getIndicator()),
                s -> "“" + s.getSubject() + "”的“" + s.getIndicator() + "”被记分两次（“" + s.getRule() + "”）");
        Map<Key, Result> judged = unique(outcome.all(Result.class), r -> new Key(r.getSubject(), r.getIndicator()),
                r -> "“" + r.getSubject() + "”的“" + r.getIndicator() + "”同时适用两条目标规则，其一为“" + r.getTargetRule() + "”");
        List<Evaluation.IndicatorResult> results = new ArrayList<>(judged.size());
        for (Result r : sorted(judged.values(), r -> position(r.getSubject(), r.getIndicator()), null)) {
            Score s = scores.get(new Key(r.getSubject(), r.getIndicator()));
            results.add(new Evaluation.IndicatorResult(r.getSubject(), r.getCity(), r.getIndicator(), r.getUnit(), r.getActual(),
                    r.getSource(), r.getTarget(), r.getBasis(), r.isPassed(), r.getGap(), s == null ? null : s.getWeight(),
                    s == null ? null : s.getPoints(), r.getTargetRule(), r.getRule(), s == null ? null : s.getRule(), r.getAnnualTarget(),
                    r.getProratedBy(), r.getStatement()));
        }
        List<Evaluation.Standing> standings = outcome.all(Ranking.class).stream()
                .sorted(Comparator.comparing(Ranking::getCity).thenComparingInt(Ranking::getRank)
                        .thenComparingInt(r -> zoneIndex(r.getSubject())))
                .map(r -> new Evaluation.Standing(r.getSubject(), r.getCity(), r.getTotal(), r.getRank(), r.getOf(), r.getRule()))
                .toList();
        List<Evaluation.RectificationItem> rectifications = sorted(outcome.all(Rectification.class),
                r -> position(r.getSubject(), r.getIndicator()), Comparator.comparing(Rectification::getText)).stream()
                .map(r -> new Evaluation.RectificationItem(r.getSubject(), r.getIndicator(), r.getText(), r.getRule()))
                .toList();
        List<Evaluation.MeasureItem> values = sorted(outcome.all(Measure.class), m -> position(m.getSubject(), m.getIndicator()), null).stream()
                .map(m -> new Evaluation.MeasureItem(m.getSubject(), m.getIndicator(), m.getUnit(), m.getValue(), m.getPrevious(), m.getSource()))
                .toList();
        return new Evaluation(input.period(), input.source(), ruleset.hash(), input.figures(), values, results, standings, rectifications,
                grades(outcome), campaigns(outcome), warnings(outcome), rankings(outcome), comparisons(outcome),
                bulletin(outcome, input.period()), outcome.firedRules());
    }

    /** One measure per reported figure (a deduction for checklist rows), and a subject for each subject reported and each aggregate of their zones. */
    private List<Object> facts(PeriodFigures input) {
        List<Object> facts = new ArrayList<>(input.figures().size() + 64);
        Map<String, Zone> subjects = new LinkedHashMap<>();
        for (Figure f : input.figures()) {
            Zone z = f.subject();
            subjects.putIfAbsent(z.name(), z);
            if (f.indicator().repeatable()) {
                facts.add(new Deduction(z.name(), z.type(), z.city(), input.period().year(), input.period().months(), f.line(), f.value(),
                        f.note()));
                continue;
            }
            facts.add(new Measure(z.name(), z.type(), z.city(), input.period().year(), input.period().months(),
                    f.indicator().name(), f.indicator().unit(), f.value(), f.previous(), Measure.REPORTED));
        }
        for (Zone z : List.copyOf(subjects.values())) {
            aggregates.getOrDefault(z.city(), Map.of()).getOrDefault(z.type(), List.of()).forEach(a -> subjects.putIfAbsent(a.name(), a));
        }
        subjects.values().forEach(z -> facts.add(new Subject(z.name(), z.type(), z.city())));
        return facts;
    }

    /** A subject's indicator, as a map key. */
    private record Key(String subject, String indicator) {
    }

    private static <K, T> Map<K, T> unique(List<T> facts, Function<T, K> key, Function<T, String> conflict) {
        Map<K, T> byKey = new HashMap<>(facts.size() * 2);
        for (T fact : facts) {
            if (byKey.putIfAbsent(key.apply(fact), fact) != null) {
                throw new RulesetException("规则冲突：" + conflict.apply(fact) + "，请修改规则后重新考核");
            }
        }
        return byKey;
    }

    private List<Evaluation.GradeItem> grades(RuleEngine.Outcome outcome) {
        Map<String, Grade> grades = unique(outcome.all(Grade.class), Grade::getSubject,
                g -> "“" + g.getSubject() + "”同时被评为两个安全风险等级，其一由“" + g.getRule() + "”评定");
        Map<String, GradeJudgement> judgements = unique(outcome.all(GradeJudgement.class), GradeJudgement::getSubject,
                j -> "“" + j.getSubject() + "”的安全风险等级目标有两条规则，其一为“" + j.getTargetRule() + "”");
        return sorted(grades.values(), g -> position(g.getSubject(), null), null).stream()
                .map(g -> {
                    GradeJudgement j = judgements.get(g.getSubject());
                    return new Evaluation.GradeItem(g.getSubject(), g.getScore(), g.getGrade(), g.getMeaning(), g.getRule(),
                            j == null ? null : j.getTargetGrade(), j == null ? null : j.isPassed(), j == null ? null : j.getRule());
                })
                .toList();
    }

    private List<Evaluation.CampaignItem> campaigns(RuleEngine.Outcome outcome) {
        return sorted(outcome.all(CampaignProgress.class), c -> position(c.getSubject(), null),
                Comparator.comparing(CampaignProgress::getRule)).stream()
                .map(c -> new Evaluation.CampaignItem(c.getSubject(), c.getCampaign(), c.getTotal(), c.getDone(), c.getRate(), c.getOpen(),
                        c.getRule()))
                .toList();
    }

    private List<Evaluation.WarningItem> warnings(RuleEngine.Outcome outcome) {
        return sorted(outcome.all(Warning.class), w -> position(w.getSubject(), w.getIndicator()), null).stream()
                .map(w -> new Evaluation.WarningItem(w.getSubject(), w.getIndicator(), w.getLevel(), w.getText(), w.getRule()))
                .toList();
    }

    private List<Evaluation.RankItem> rankings(RuleEngine.Outcome outcome) {
        return sorted(outcome.all(IndicatorRank.class), r -> indicatorIndex(r.getIndicator()),
                Comparator.comparing(IndicatorRank::getScope).thenComparing(r -> "市内".equals(r.getScope()) ? r.getCity() : "")
                        .thenComparingInt(IndicatorRank::getRank).thenComparingInt(r -> zoneIndex(r.getSubject()))).stream()
                .map(r -> new Evaluation.RankItem(r.getSubject(), r.getCity(), r.getIndicator(), r.getScope(), r.getValue(), r.getUnit(),
                        r.getRank(), r.getOf(), r.getRule()))
                .toList();
    }

    private List<Evaluation.ComparisonItem> comparisons(RuleEngine.Outcome outcome) {
        return sorted(outcome.all(Comparison.class), c -> position(c.getSubject(), c.getIndicator()),
                Comparator.comparing(Comparison::getKind).thenComparing(Comparison::getAgainst)).stream()
                .map(c -> new Evaluation.ComparisonItem(c.getSubject(), c.getIndicator(), c.getAgainst(), c.getOtherValue(), c.getKind(),
                        c.getValue(), c.getText(), c.getRule()))
                .toList();
    }

    /** Each subject's sentences in order, as one paragraph that opens with the period: "1-6月，河津开发区……。" */
    private List<Evaluation.BulletinParagraph> bulletin(RuleEngine.Outcome outcome, Period period) {
        Map<String, List<BulletinLine>> bySubject = new LinkedHashMap<>();
        for (BulletinLine l : sorted(outcome.all(BulletinLine.class), l -> position(l.getSubject(), l.getIndicator()),
                Comparator.comparing(BulletinLine::getText))) {
            bySubject.computeIfAbsent(l.getSubject(), s -> new ArrayList<>()).add(l);
        }
        String when = period.firstMonth() == 1 && period.lastMonth() == 12 ? period.year() + "年" : period.label().substring(5);
        List<Evaluation.BulletinParagraph> paragraphs = new ArrayList<>(bySubject.size());
        bySubject.forEach((subject, lines) -> {
            StringBuilder text = new StringBuilder(when).append('，').append(subject);
            for (int i = 0; i < lines.size(); i++) {
                text.append(i == 0 ? "" : "；").append(lines.get(i).getText());
            }
            paragraphs.add(new Evaluation.BulletinParagraph(subject, text.append('。').toString(),
                    lines.stream().map(BulletinLine::getRule).distinct().toList()));
        });
        return paragraphs;
    }

    /**
     * Where a subject's indicator comes: the registry's order of subjects, then the catalogue's order of indicators
     * (an indicator of null, or one not in the catalogue, after the others). Less than 2^40 for any registry.
     */
    private long position(String subject, String indicator) {
        return (long) zoneIndex(subject) * (indicatorOrder.size() + 1) + indicatorIndex(indicator);
    }

    private int zoneIndex(String subject) {
        Integer i = zoneOrder.get(subject);
        return i == null ? zoneOrder.size() : i;
    }

    private int indicatorIndex(String indicator) {
        Integer i = indicator == null ? null : indicatorOrder.get(indicator);
        return i == null ? indicatorOrder.size() : i;
    }

    /**
     * The items in the order of a key computed once per item, then of {@code then} (if any) among equal keys. The keys
     * and positions are sorted as primitive longs: at national scale a list holds up to 200,000 items.
     */
    static <T> List<T> sorted(Collection<T> items, ToLongFunction<T> key, Comparator<T> then) {
        List<T> list = items instanceof List<T> l ? l : new ArrayList<>(items);
        int n = list.size();
        int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n));
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            long k = key.applyAsLong(list.get(i));
            if (k < 0 || k >= 1L << (63 - indexBits)) {
                throw new IllegalStateException("sort key out of range: " + k);
            }
            order[i] = k << indexBits | i;
        }
        Arrays.sort(order);
        List<T> result = new ArrayList<>(n);
        long mask = (1L << indexBits) - 1;
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && order[end] >>> indexBits == order[start] >>> indexBits) {
                end++;
            }
            if (end - start > 1 && then != null) {
                List<T> run = new ArrayList<>(end - start);
                for (int i = start; i < end; i++) {
                    run.add(list.get((int) (order[i] & mask)));
                }
                run.sort(then);
                result.addAll(run);
            } else {
                for (int i = start; i < end; i++) {
                    result.add(list.get((int) (order[i] & mask)));
                }
            }
            start = end;
        }
        return result;
    }
}
