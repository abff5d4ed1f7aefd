package cn.kaohe.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.kaohe.figures.Figure;
import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.rules.facts.Deduction;
import cn.kaohe.rules.facts.Measure;
import cn.kaohe.rules.facts.Subject;
import cn.kaohe.zone.Zone;

/**
 * The floor's working memory for one period: its subjects (those that reported, and their cities' aggregates), every
 * measure reported or derived, by subject and indicator, and the checklist rows; and the derivations the rules make
 * before any target is applied, in the order their salience gives them (aggregates, park scores, then growth, the
 * 转型 share and the 三率).
 */
final class BaselineMeasures {

    /** rules/common/aggregates.drl: only totals are summed. */
    private static final List<String> SUMMED_UNITS = List.of("亿元", "家");
    /** rules/industrial/derived.drl. */
    private static final String SHARE = "转型项目投资占比";
    private static final String SHARE_PART = "转型项目当年完成投资";
    private static final String SHARE_WHOLE = "工业投资";
    /** rules/projects/rates.drl: each rate, its investment part and whole, its count part and whole. */
    private static final String[][] RATES = {
        {"签约项目开工率", "签约项目已开工投资", "签约项目总投资", "签约项目已开工数", "签约项目数"},
        {"开工项目投产率", "开工项目已投产完成投资", "开工项目总投资", "开工项目已投产数", "开工项目数"},
        {"投产项目达产率", "投产项目已达产投资", "投产项目总投资", "投产项目已达产数", "投产项目数"},
    };
    /** rules/chemical/checklist.drl. */
    static final String PARK = "化工园区";
    static final String PARK_SCORE = "安全风险评估得分";

    final int year;
    final int months;
    final Map<String, Subject> subjects = new LinkedHashMap<>();
    final List<Measure> all = new ArrayList<>();
    private final Map<String, Map<String, Measure>> bySubject = new HashMap<>();
    private final Map<String, List<Deduction>> deductions = new HashMap<>();
    /** 投资额 or 项目数 (rules/projects/weighting.drl.csv), empty when the table has no row. */
    private final Optional<String> weighting;

    private BaselineMeasures(int year, int months, Optional<String> weighting) {
        this.year = year;
        this.months = months;
        this.weighting = weighting;
    }

    /**
     * The period's figures as measures (checklist rows as deductions), its subjects with the registered aggregates of
     * their city and type, and everything derived from them.
     *
     * @param aggregates the registered aggregates by the type and city of the zones they sum
     */
    static BaselineMeasures of(PeriodFigures input, Map<String, List<Zone>> aggregates, Optional<String> weighting) {
        BaselineMeasures p = new BaselineMeasures(input.period().year(), input.period().months(), weighting);
        for (Figure f : input.figures()) {
            Zone z = f.subject();
            p.subject(z);
            if (f.indicator().repeatable()) {
                p.deductions.computeIfAbsent(z.name(), k -> new ArrayList<>())
                        .add(new Deduction(z.name(), z.type(), z.city(), p.year, p.months, f.line(), f.value(), f.note()));
            } else {
                p.add(new Measure(z.name(), z.type(), z.city(), p.year, p.months, f.indicator().name(), f.indicator().unit(), f.value(),
                        f.previous(), Measure.REPORTED));
            }
        }
        for (Subject s : List.copyOf(p.subjects.values())) {
            aggregates.getOrDefault(BaselineEvaluator.key(s.getType(), s.getCity()), List.of()).forEach(p::subject);
        }
        p.sumAggregates();
        p.scoreParks();
        p.derive();
        return p;
    }

    Measure get(String subject, String indicator) {
        Map<String, Measure> own = bySubject.get(subject);
        return own == null ? null : own.get(indicator);
    }

    private void subject(Zone z) {
        subjects.computeIfAbsent(z.name(), k -> new Subject(z.name(), z.type(), z.city()));
    }

    private void add(Measure m) {
        bySubject.computeIfAbsent(m.getSubject(), k -> new HashMap<>()).put(m.getIndicator(), m);
        all.add(m);
    }

    /** rules/common/aggregates.drl: a city's zones of a type summed, when every zone of it that reported reported the indicator. */
    private void sumAggregates() {
        Map<String, Map<String, List<Measure>>> reported = new HashMap<>();
        Map<String, Integer> zonesReporting = new HashMap<>();
        for (Subject s : subjects.values()) {
            zonesReporting.merge(BaselineEvaluator.key(s.getType(), s.getCity()), 1, Integer::sum);
        }
        for (Measure m : all) {
            if (Measure.REPORTED.equals(m.getSource()) && SUMMED_UNITS.contains(m.getUnit())) {
                reported.computeIfAbsent(BaselineEvaluator.key(m.getSubjectType(), m.getCity()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(m.getIndicator(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Subject agg : List.copyOf(subjects.values())) {
            if (!agg.isAggregate()) {
                continue;
            }
            String group = BaselineEvaluator.key(agg.getZoneType(), agg.getCity());
            for (Map.Entry<String, List<Measure>> parts : reported.getOrDefault(group, Map.of()).entrySet()) {
                if (get(agg.getName(), parts.getKey()) == null && parts.getValue().size() == zonesReporting.getOrDefault(group, 0)) {
                    add(Measure.sum(agg, parts.getValue(), BaselineEvaluator.RULE));
                }
            }
        }
    }

    /** rules/chemical/checklist.drl: a park without a reported score scores 100 minus its deductions. */
    private void scoreParks() {
        for (Subject s : subjects.values()) {
            List<Deduction> lost = deductions.get(s.getName());
            if (s.getType().equals(PARK) && lost != null && get(s.getName(), PARK_SCORE) == null) {
                add(Deduction.score(lost, BaselineEvaluator.RULE));
            }
        }
    }

    /** rules/common/growth.drl, rules/industrial/derived.drl and rules/projects/rates.drl (with weighting.drl.csv). */
    private void derive() {
        int known = all.size();
        for (int i = 0; i < known; i++) {
            Measure m = all.get(i);
            if (m.getPrevious() != null && m.getPrevious().signum() > 0 && !"%".equals(m.getUnit())
                    && get(m.getSubject(), m.getGrowthIndicator()) == null) {
                add(m.growth(BaselineEvaluator.RULE));
            }
        }
        Boolean byInvestment = weighting.map(w -> switch (w) {
            case "投资额" -> true;
            case "项目数" -> false;
            default -> throw new IllegalStateException("三率口径只能是投资额或项目数，不能是“" + w + "”");
        }).orElse(null);
        for (String subject : subjects.keySet()) {
            Measure part = get(subject, SHARE_PART);
            if (part != null && BaselineEvaluator.positive(get(subject, SHARE_WHOLE)) && get(subject, SHARE) == null) {
                add(part.shareOf(get(subject, SHARE_WHOLE), SHARE, BaselineEvaluator.RULE));
            }
            for (String[] r : byInvestment == null ? new String[0][] : RATES) {
                if (get(subject, r[0]) != null) {
                    continue;
                }
                boolean investment = get(subject, r[1]) != null && BaselineEvaluator.positive(get(subject, r[2]));
                boolean count = get(subject, r[3]) != null && BaselineEvaluator.positive(get(subject, r[4]));
                int use = byInvestment ? (investment ? 1 : count ? 3 : 0) : (count ? 3 : investment ? 1 : 0);
                if (use > 0) {
                    add(get(subject, r[use]).shareOf(get(subject, r[use + 1]), r[0], BaselineEvaluator.RULE));
                }
            }
        }
    }
}
