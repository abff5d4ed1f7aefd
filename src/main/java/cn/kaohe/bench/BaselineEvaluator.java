package cn.kaohe.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.kaohe.figures.PeriodFigures;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.facts.AnnualTarget;
import cn.kaohe.rules.facts.CampaignProgress;
import cn.kaohe.rules.facts.Grade;
import cn.kaohe.rules.facts.GradeJudgement;
import cn.kaohe.rules.facts.GradeTarget;
import cn.kaohe.rules.facts.Measure;
import cn.kaohe.rules.facts.Ranking;
import cn.kaohe.rules.facts.Result;
import cn.kaohe.rules.facts.Score;
import cn.kaohe.rules.facts.Subject;
import cn.kaohe.rules.facts.Target;
import cn.kaohe.rules.facts.Weight;
import cn.kaohe.rules.facts.ZoneTotal;
import cn.kaohe.targets.TargetKind;
import cn.kaohe.targets.TargetRow;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * The floor the rule engine is measured against: what the shipped rules compute for a period, in plain Java, without
 * Drools. Derived measures (aggregates, park scores, growth, the 转型 share, the 三率), targets with their precedence
 * and 序时进度, 达标 and gap, scores, totals and ranks, safety grades and campaign rates. Not texts, warnings,
 * comparisons, rankings by indicator or the bulletin.
 *
 * <p>The data policy staff keep in tables is read from the ruleset's own files ({@link BaselineTables}); the arithmetic
 * is the fact classes' own ({@link Measure#growth}, {@link Target#prorated}, {@link Score#proportional} …), so both sides
 * round alike. What the rules state in code is restated here, each step naming its rule file. Conflicts the engine
 * refuses (two targets of equal rank, an indicator scored twice) are refused here too.
 */
public final class BaselineEvaluator {

    /** What the floor writes where a fact names its rule. */
    static final String RULE = "手写底线";

    /** rules/chemical/grades.drl. */
    private static final String VETO = "一票否决项数";
    /** rules/chemical/grades.drl: A below 60, B below 70, C below 85, D from 85. */
    private static final BigDecimal B_FROM = BigDecimal.valueOf(60);
    private static final BigDecimal C_FROM = BigDecimal.valueOf(70);
    private static final BigDecimal D_FROM = BigDecimal.valueOf(85);

    /** What the floor concluded, as the rules' own fact classes. */
    public record Outcome(List<Measure> measures, List<Result> results, List<Score> scores, List<Ranking> standings, List<Grade> grades,
            List<GradeJudgement> judgements, List<CampaignProgress> campaigns) {
    }

    private final BaselineTables tables;
    /** Registered aggregates by the type and city of the zones they sum: 工业类 + 运城市 → 运城市工业类开发区. */
    private final Map<String, List<Zone>> aggregates = new HashMap<>();

    /**
     * @param ruleFiles the ruleset's files ({@link Ruleset#files()}), whose tables the floor reads
     * @throws IllegalStateException when a table is laid out in a way the floor does not model
     */
    public BaselineEvaluator(ZoneRegistry zones, List<Ruleset.RuleFile> ruleFiles) {
        this.tables = new BaselineTables(ruleFiles);
        for (Zone z : zones.zones()) {
            if (z.type().endsWith(Subject.AGGREGATE_SUFFIX)) {
                String summed = z.type().substring(0, z.type().length() - Subject.AGGREGATE_SUFFIX.length());
                aggregates.computeIfAbsent(key(summed, z.city()), k -> new ArrayList<>()).add(z);
            }
        }
    }

    /**
     * @throws IllegalStateException where the engine reports a conflict (two targets of equal rank for one indicator,
     *                               an indicator scored twice, two grade targets for one park)
     */
    public Outcome evaluate(PeriodFigures input) {
        BaselineMeasures p = BaselineMeasures.of(input, aggregates, tables.weighting);
        List<Result> results = judge(p);
        List<Score> scores = score(results);
        List<Grade> grades = grades(p);
        return new Outcome(p.all, results, scores, rank(p, scores), grades, judgeGrades(p, grades), campaigns(p));
    }

    /**
     * The target tables, the target sentences and the 三率 goals (rules/industrial/targets-*.drl.csv, *.dslr with
     * common/targets.dsl, projects/goals.drl.csv), annual targets prorated (common/prorating.drl), the highest-ranking
     * target judged (common/judging.drl).
     */
    private List<Result> judge(BaselineMeasures p) {
        Map<String, List<TargetRow>> byScope = new HashMap<>();
        for (TargetRow row : tables.targets) {
            if (row.year() == p.year) {
                String scope = row.kind() == TargetKind.ZONE ? row.zone() : row.zoneType();
                byScope.computeIfAbsent(key(scope, row.indicator()), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, List<BaselineTables.Sentence>> sentences = new HashMap<>();
        tables.sentences.stream().filter(s -> s.year() == p.year)
                .forEach(s -> sentences.computeIfAbsent(s.indicator(), k -> new ArrayList<>()).add(s));
        Map<String, List<BaselineTables.Goal>> goals = new HashMap<>();
        tables.goals.forEach(g -> goals.computeIfAbsent(g.indicator(), k -> new ArrayList<>()).add(g));

        List<Result> results = new ArrayList<>();
        List<Target> candidates = new ArrayList<>();
        for (Measure m : p.all) {
            candidates.clear();
            for (TargetRow row : byScope.getOrDefault(key(m.getZoneType(), m.getIndicator()), List.of())) {
                if (row.kind() != TargetKind.ZONE) {
                    String value = row.value().toPlainString();
                    candidates.add(row.kind() == TargetKind.EXAMPLE ? Target.example(m, value, RULE) : Target.provincial(m, value, RULE));
                }
            }
            for (TargetRow row : byScope.getOrDefault(key(m.getSubject(), m.getIndicator()), List.of())) {
                if (row.kind() == TargetKind.ZONE) {
                    candidates.add(Target.provincialForZone(m, row.value().toPlainString(), RULE));
                }
            }
            for (BaselineTables.Sentence s : sentences.getOrDefault(m.getIndicator(), List.of())) {
                boolean named = m.getSubject().equals(s.named());
                if (s.annual() && (named || m.ofType(s.named()) && !m.isAggregate())) {
                    AnnualTarget annual = AnnualTarget.stated(m, s.named(), s.basis(), s.value(), s.unit(), RULE);
                    candidates.add(Target.prorated(annual, m.getMonths(), RULE));
                } else if (!s.annual() && (named || m.ofType(s.named()))) {
                    candidates.add(Target.stated(m, s.named(), s.basis(), s.value(), s.unit(), RULE));
                }
            }
            if (m.isZone() || m.isAggregate()) {
                goals.getOrDefault(m.getIndicator(), List.of()).forEach(g -> candidates.add(g.target().apply(m, g.value())));
            }
            if (candidates.isEmpty()) {
                continue;
            }
            int rank = candidates.stream().mapToInt(Target::getPriority).max().getAsInt();
            List<Target> top = candidates.stream().filter(t -> t.getPriority() == rank).toList();
            if (top.size() > 1) {
                throw new IllegalStateException("“" + m.getSubject() + "”的“" + m.getIndicator() + "”同时适用" + top.size() + "个同级目标");
            }
            Target target = top.get(0);
            results.add(m.getValue().compareTo(target.getValue()) >= 0 ? Result.passed(target, RULE) : Result.failed(target, RULE));
        }
        return results;
    }

    /** rules/industrial/scoring-weights.drl.csv and scoring.drl: full marks when passed, else in proportion. */
    private List<Score> score(List<Result> results) {
        Map<String, List<String>> weights = new HashMap<>();
        tables.weights.forEach(w -> weights.computeIfAbsent(key(w.zoneType(), w.indicator()), k -> new ArrayList<>()).add(w.points()));
        List<Score> scores = new ArrayList<>();
        for (Result r : results) {
            List<String> points = weights.getOrDefault(key(r.getSubjectType(), r.getIndicator()), List.of());
            if (points.size() > 1) {
                throw new IllegalStateException("“" + r.getSubject() + "”的“" + r.getIndicator() + "”有" + points.size() + "个分值");
            }
            if (points.size() == 1) {
                Weight w = new Weight(r, points.get(0), RULE);
                scores.add(r.isPassed() ? Score.full(w, RULE) : Score.proportional(w, RULE));
            }
        }
        return scores;
    }

    /** rules/industrial/scoring.drl and ranking.drl: totals, ranked within the city, equal totals sharing a place. */
    private static List<Ranking> rank(BaselineMeasures p, List<Score> scores) {
        Map<String, List<Score>> bySubject = new LinkedHashMap<>();
        scores.forEach(s -> bySubject.computeIfAbsent(s.getSubject(), k -> new ArrayList<>()).add(s));
        Map<String, List<ZoneTotal>> byCity = new LinkedHashMap<>();
        bySubject.forEach((subject, own) -> {
            ZoneTotal total = new ZoneTotal(p.subjects.get(subject), own, RULE);
            byCity.computeIfAbsent(total.getCity(), k -> new ArrayList<>()).add(total);
        });
        List<Ranking> standings = new ArrayList<>();
        for (List<ZoneTotal> city : byCity.values()) {
            city.sort(Comparator.comparing(ZoneTotal::getTotal).reversed());
            int ahead = 0;
            for (int i = 0; i < city.size(); i++) {
                if (i > 0 && city.get(i).getTotal().compareTo(city.get(i - 1).getTotal()) < 0) {
                    ahead = i;
                }
                standings.add(new Ranking(city.get(i), ahead, city.size(), RULE));
            }
        }
        return standings;
    }

    /** rules/chemical/grades.drl: a veto makes A whatever the score; otherwise the score's band. */
    private static List<Grade> grades(BaselineMeasures p) {
        List<Grade> grades = new ArrayList<>();
        for (Subject s : p.subjects.values()) {
            if (!s.getType().equals(BaselineMeasures.PARK)) {
                continue;
            }
            Measure score = p.get(s.getName(), BaselineMeasures.PARK_SCORE);
            Measure veto = p.get(s.getName(), VETO);
            if (veto != null && veto.getValue().signum() > 0) {
                grades.add(new Grade(s.getName(), score == null ? null : score.getValue(), "A", "", RULE));
            } else if (score != null) {
                BigDecimal v = score.getValue();
                String grade = v.compareTo(B_FROM) < 0 ? "A" : v.compareTo(C_FROM) < 0 ? "B" : v.compareTo(D_FROM) < 0 ? "C" : "D";
                grades.add(new Grade(s.getName(), v, grade, "", RULE));
            }
        }
        return grades;
    }

    /** rules/chemical/target-grades.drl.csv (a row applies in its year) and grades.drl: reached when at least as good. */
    private List<GradeJudgement> judgeGrades(BaselineMeasures p, List<Grade> grades) {
        Map<String, GradeTarget> targets = new HashMap<>();
        for (BaselineTables.GradeTargetRow row : tables.gradeTargets) {
            Subject park = p.subjects.get(row.park());
            if (row.year() != p.year || park == null || p.all.isEmpty()) {
                continue;
            }
            if (targets.put(park.getName(), new GradeTarget(park, row.grade(), RULE)) != null) {
                throw new IllegalStateException("“" + park.getName() + "”有两个安全风险等级目标");
            }
        }
        List<GradeJudgement> judgements = new ArrayList<>();
        for (Grade g : grades) {
            GradeTarget t = targets.get(g.getSubject());
            if (t != null) {
                judgements.add(new GradeJudgement(g, t.getTargetGrade(), g.getGrade().compareTo(t.getTargetGrade()) >= 0, RULE, RULE));
            }
        }
        return judgements;
    }

    /** rules/campaigns/progress.drl.csv: done of total, for every campaign with a positive total. */
    private List<CampaignProgress> campaigns(BaselineMeasures p) {
        List<CampaignProgress> campaigns = new ArrayList<>();
        for (String subject : p.subjects.keySet()) {
            for (BaselineTables.Campaign c : tables.campaigns) {
                Measure total = p.get(subject, c.totalIndicator());
                Measure done = p.get(subject, c.doneIndicator());
                if (positive(total) && done != null) {
                    campaigns.add(new CampaignProgress(subject, c.name(), total.getValue(), done.getValue(), RULE));
                }
            }
        }
        return campaigns;
    }

    static boolean positive(Measure m) {
        return m != null && m.getValue().signum() > 0;
    }

    static String key(String a, String b) {
        return a + "\u0000" + b;
    }
}
