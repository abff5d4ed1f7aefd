package cn.kaohe.assessment;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a stored run's rows as the records an evaluation yields, straight from the database: only the
 * runs and subjects asked for, one query per kind of row, no entity graph in memory (Hibernate builds
 * each record from the select list). At national scale a run holds about 85,000 results; pages read a
 * page of subjects, exports stream.
 */
@Repository
@Transactional(readOnly = true)
public class RunRows {

    static final String RESULT = "r.subject, r.city, r.indicator, r.unit, r.actual, r.actualSource, r.target, r.basis, r.passed, r.gap,"
            + " r.weight, r.score, r.targetRule, r.judgedBy, r.scoredBy, r.annualTarget, r.proratedBy, r.statement";
    static final String STANDING = "r.subject, r.city, r.total, r.rank, r.of, r.rule";
    static final String WARNING = "r.subject, r.indicator, r.level, r.text, r.rule";
    static final String RECTIFICATION = "r.subject, r.indicator, r.text, r.rule";
    static final String GRADE = "r.subject, r.score, r.grade, r.meaning, r.rule, r.targetGrade, r.passed, r.judgedBy";
    static final String CAMPAIGN = "r.subject, r.campaign, r.total, r.done, r.rate, r.open, r.rule";
    static final String RANK = "r.subject, r.city, r.indicator, r.scope, r.value, r.unit, r.rank, r.of, r.rule";
    static final String COMPARISON = "r.subject, r.indicator, r.against, r.otherValue, r.kind, r.value, r.text, r.rule";
    /** Rows fetched from the database per round trip when streaming. */
    private static final int FETCH_SIZE = 1000;

    private final EntityManager em;

    RunRows(EntityManager em) {
        this.em = em;
    }

    /** The latest run of every period that has one, by period id: one query, whatever the number of runs. */
    public Map<Long, EvaluationRun> latestRuns() {
        return em.createQuery("select r from EvaluationRun r where r.id in (select max(x.id) from EvaluationRun x"
                + " where x.periodId is not null group by x.periodId)", EvaluationRun.class)
                .getResultStream().collect(Collectors.toMap(EvaluationRun::getPeriodId, Function.identity()));
    }

    /** Results of {@code subjects} (all subjects when null) in a run, in the order they were evaluated. */
    public List<Evaluation.IndicatorResult> results(long run, Collection<String> subjects) {
        return rows(Evaluation.IndicatorResult.class, "RunResult", RESULT, List.of(run), subjects, null, Map.of());
    }

    /**
     * Every result of a run in evaluation order, streamed in batches of {@value #FETCH_SIZE}: call inside a
     * transaction and close the stream.
     */
    public Stream<Evaluation.IndicatorResult> streamResults(long run) {
        return em.createQuery("select " + RESULT + " from RunResult r where r.run.id = :run order by r.id", Evaluation.IndicatorResult.class)
                .setParameter("run", run).setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /** Standings of {@code subjects} (all when null) in a run. */
    public List<Evaluation.Standing> standings(long run, Collection<String> subjects) {
        return rows(Evaluation.Standing.class, "RunStanding", STANDING, List.of(run), subjects, null, Map.of());
    }

    /** Warnings of {@code subjects} (all when null) in a run. */
    public List<Evaluation.WarningItem> warnings(long run, Collection<String> subjects) {
        return rows(Evaluation.WarningItem.class, "RunWarning", WARNING, List.of(run), subjects, null, Map.of());
    }

    /** Rectification items a run raised for {@code subjects} (all when null). */
    public List<Evaluation.RectificationItem> rectifications(long run, Collection<String> subjects) {
        return rows(Evaluation.RectificationItem.class, "RunRectification", RECTIFICATION, List.of(run), subjects, null, Map.of());
    }

    /** Grades of chemical parks among {@code subjects} (all when null) in a run. */
    public List<Evaluation.GradeItem> grades(long run, Collection<String> subjects) {
        return rows(Evaluation.GradeItem.class, "RunGrade", GRADE, List.of(run), subjects, null, Map.of());
    }

    /** Campaign completion of {@code subjects} (all when null) in a run. */
    public List<Evaluation.CampaignItem> campaigns(long run, Collection<String> subjects) {
        return rows(Evaluation.CampaignItem.class, "RunCampaign", CAMPAIGN, List.of(run), subjects, null, Map.of());
    }

    /** Rankings by indicator of {@code subjects} (all when null) in a run. */
    public List<Evaluation.RankItem> rankings(long run, Collection<String> subjects) {
        return rows(Evaluation.RankItem.class, "RunIndicatorRank", RANK, List.of(run), subjects, null, Map.of());
    }

    /** Comparisons with the city and the province of {@code subjects} (all when null) in a run. */
    public List<Evaluation.ComparisonItem> comparisons(long run, Collection<String> subjects) {
        return rows(Evaluation.ComparisonItem.class, "RunComparison", COMPARISON, List.of(run), subjects, null, Map.of());
    }

    /** Bulletin paragraphs of {@code subjects} (all when null) in a run. */
    public List<Evaluation.BulletinParagraph> bulletin(long run, Collection<String> subjects) {
        return rows(Object[].class, "RunBulletin", "r.subject, r.text", List.of(run), subjects, null, Map.of()).stream()
                .map(b -> new Evaluation.BulletinParagraph((String) b[0], (String) b[1], List.of())).toList();
    }

    /**
     * One subject's rows of a kind (results, standings, warnings, grades, campaigns, bulletin paragraphs) in
     * several runs, by run id, each list in evaluation order: one query whatever the number of runs.
     *
     * @throws IllegalArgumentException for a record type that is not one of those kinds
     */
    public <T extends Record> Map<Long, List<T>> ofSubject(Class<T> type, Collection<Long> runs, String subject) {
        String[] source = SOURCES.get(type);
        if (source == null) {
            throw new IllegalArgumentException("stored runs hold no rows of " + type.getSimpleName());
        }
        Map<Long, List<T>> byRun = new LinkedHashMap<>();
        for (Object[] row : rows(Object[].class, source[0], "r.run.id, " + source[1], runs, List.of(subject), null, Map.of())) {
            Object[] args = Arrays.copyOfRange(row, 1, type.getRecordComponents().length + 1);
            if (type == Evaluation.BulletinParagraph.class) {
                args[2] = List.of();
            }
            byRun.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(instantiate(type, args));
        }
        return byRun;
    }

    private static final Map<Class<?>, String[]> SOURCES = Map.of(
            Evaluation.IndicatorResult.class, new String[] {"RunResult", RESULT},
            Evaluation.Standing.class, new String[] {"RunStanding", STANDING},
            Evaluation.WarningItem.class, new String[] {"RunWarning", WARNING},
            Evaluation.GradeItem.class, new String[] {"RunGrade", GRADE},
            Evaluation.CampaignItem.class, new String[] {"RunCampaign", CAMPAIGN},
            Evaluation.BulletinParagraph.class, new String[] {"RunBulletin", "r.subject, r.text"});

    private static <T extends Record> T instantiate(Class<T> type, Object[] args) {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName() + " from a stored row", e);
        }
    }

    /**
     * Rows of {@code entity} in {@code runs}, of {@code subjects} (all when null), further restricted by a JPQL
     * condition on {@code r} whose named parameters are in {@code params}; by run, then evaluation order.
     */
    <T> List<T> rows(Class<T> type, String entity, String select, Collection<Long> runs, Collection<String> subjects, String where,
            Map<String, Object> params) {
        if (runs.isEmpty() || (subjects != null && subjects.isEmpty())) {
            return List.of();
        }
        TypedQuery<T> q = em.createQuery("select " + select + " from " + entity + " r where r.run.id in :runs"
                + (subjects == null ? "" : " and r.subject in :subjects") + (where == null ? "" : " and " + where)
                // One run: ordering by id alone lets H2 look the subjects up in the (subject, run_id) index instead of
                // walking the run's rows in the run_id index for their order.
                + (runs.size() == 1 ? " order by r.id" : " order by r.run.id, r.id"), type)
                .setParameter("runs", runs).setHint(HibernateHints.HINT_READ_ONLY, true);
        if (subjects != null) {
            q.setParameter("subjects", subjects);
        }
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
