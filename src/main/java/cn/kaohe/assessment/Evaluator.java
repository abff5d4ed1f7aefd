package cn.kaohe.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.kaohe.figures.Figure;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.rules.RuleEngine;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetException;
import cn.kaohe.rules.facts.Measure;
import cn.kaohe.rules.facts.Ranking;
import cn.kaohe.rules.facts.Rectification;
import cn.kaohe.rules.facts.Result;
import cn.kaohe.rules.facts.Score;
import cn.kaohe.rules.facts.Subject;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Maps a period's figures to facts, runs the rules, and reads their conclusions back. Stateless and
 * free of Spring and JPA, so the features and the benchmarks run exactly what the service runs.
 */
public final class Evaluator {

    private final Map<String, Integer> zoneOrder = new HashMap<>();
    private final Map<String, Integer> indicatorOrder = new HashMap<>();

    public Evaluator(ZoneRegistry zones, IndicatorCatalog indicators) {
        zones.zones().forEach(z -> zoneOrder.putIfAbsent(z.name(), zoneOrder.size()));
        indicators.indicators().forEach(i -> indicatorOrder.putIfAbsent(i.name(), indicatorOrder.size()));
    }

    public Evaluation evaluate(PeriodFigures input, Ruleset ruleset) {
        List<Object> facts = new ArrayList<>(input.figures().size() + 64);
        Map<String, Zone> subjects = new LinkedHashMap<>();
        for (Figure f : input.figures()) {
            Zone z = f.subject();
            subjects.putIfAbsent(z.name(), z);
            facts.add(new Measure(z.name(), z.type(), z.city(), input.period().year(), input.period().months(),
                    f.indicator().name(), f.indicator().unit(), f.value(), f.previous(), Measure.REPORTED));
        }
        subjects.values().forEach(z -> facts.add(new Subject(z.name(), z.type(), z.city())));

        RuleEngine.Outcome outcome = RuleEngine.run(ruleset, facts);

        Map<String, Measure> measures = outcome.all(Measure.class).stream()
                .collect(Collectors.toMap(m -> key(m.getSubject(), m.getIndicator()), Function.identity(), (a, b) -> a));
        Map<String, Score> scores = new HashMap<>();
        for (Score s : outcome.all(Score.class)) {
            if (scores.putIfAbsent(key(s.getSubject(), s.getIndicator()), s) != null) {
                throw conflict("“" + s.getSubject() + "”的“" + s.getIndicator() + "”被记分两次", s.getRule());
            }
        }
        Map<String, Result> judged = new HashMap<>();
        for (Result r : outcome.all(Result.class)) {
            Result earlier = judged.putIfAbsent(key(r.getSubject(), r.getIndicator()), r);
            if (earlier != null) {
                throw conflict("“" + r.getSubject() + "”的“" + r.getIndicator() + "”同时适用两条目标规则",
                        earlier.getTargetRule() + "”和“" + r.getTargetRule());
            }
        }
        List<Evaluation.IndicatorResult> results = judged.values().stream()
                .sorted(resultOrder())
                .map(r -> {
                    Score s = scores.get(key(r.getSubject(), r.getIndicator()));
                    Measure m = measures.get(key(r.getSubject(), r.getIndicator()));
                    return new Evaluation.IndicatorResult(r.getSubject(), r.getCity(), r.getIndicator(), r.getUnit(), r.getActual(),
                            m == null ? Measure.REPORTED : m.getSource(), r.getTarget(), r.getBasis(), r.isPassed(), r.getGap(),
                            s == null ? null : s.getWeight(), s == null ? null : s.getPoints(), r.getTargetRule(), r.getRule(),
                            s == null ? null : s.getRule());
                })
                .toList();
        List<Evaluation.Standing> standings = outcome.all(Ranking.class).stream()
                .sorted(Comparator.comparing(Ranking::getCity).thenComparingInt(Ranking::getRank).thenComparing(r -> zoneIndex(r.getSubject())))
                .map(r -> new Evaluation.Standing(r.getSubject(), r.getCity(), r.getTotal(), r.getRank(), r.getOf(), r.getRule()))
                .toList();
        List<Evaluation.RectificationItem> rectifications = outcome.all(Rectification.class).stream()
                .sorted(Comparator.comparing((Rectification r) -> zoneIndex(r.getSubject())).thenComparing(r -> indicatorIndex(r.getIndicator())))
                .map(r -> new Evaluation.RectificationItem(r.getSubject(), r.getIndicator(), r.getText(), r.getRule()))
                .toList();
        return new Evaluation(input.period(), input.source(), ruleset.hash(), input.figures(), results, standings, rectifications,
                outcome.firedRules());
    }

    private static RulesetException conflict(String what, String rules) {
        return new RulesetException("规则冲突：" + what + "（“" + rules + "”），请修改规则后重新考核");
    }

    private Comparator<Result> resultOrder() {
        return Comparator.comparing((Result r) -> zoneIndex(r.getSubject())).thenComparing(r -> indicatorIndex(r.getIndicator()));
    }

    private int zoneIndex(String subject) {
        return zoneOrder.getOrDefault(subject, Integer.MAX_VALUE);
    }

    private int indicatorIndex(String indicator) {
        return indicatorOrder.getOrDefault(indicator, Integer.MAX_VALUE);
    }

    private static String key(String subject, String indicator) {
        return subject + "\u0000" + indicator;
    }
}
