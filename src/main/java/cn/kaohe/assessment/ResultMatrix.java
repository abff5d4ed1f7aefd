package cn.kaohe.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The results page of a period: its latest run as a zones × indicators table, one page of zones at a time,
 * filtered and sorted in the database. Counts and the pass rate of each city cover every zone that matches
 * the filter; the rows, warnings and rectification items are those of the page's zones only.
 */
@Service
@Transactional(readOnly = true)
public class ResultMatrix {

    /** How zones are ordered; each maps to an ORDER BY over the run's zone summaries ({@link RunZone}). */
    public enum Order {
        /** As the evaluation listed them (the zone registry's order). */
        EVALUATED("z.ordinal"),
        /** By zone name. */
        NAME("z.subject"),
        /** By city, then as evaluated. */
        CITY("z.city, z.ordinal"),
        /** Most indicators failed first. */
        FAILED("z.failed desc, z.ordinal"),
        /** Highest total score first; zones without a total last. */
        TOTAL("z.total desc nulls last, z.ordinal");

        private final String jpql;

        Order(String jpql) {
            this.jpql = jpql;
        }

        /** The order named by a query-string value (case-insensitive), {@link #EVALUATED} when blank or unknown. */
        public static Order of(String name) {
            for (Order o : values()) {
                if (o.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return o;
                }
            }
            return EVALUATED;
        }
    }

    /** Which zones: a city (null or blank for all) and a set of names, e.g. the zones of one type (null for all). */
    public record Filter(String city, Collection<String> names) {
    }

    /** Passed of all results of a city's zones, as a percentage with two decimals. */
    public record CityRate(String city, long passed, long total, BigDecimal rate) {
    }

    /**
     * One page of the table.
     *
     * @param zones the page's zone names with the number of zones matching the filter and the page asked for
     * @param indicators indicator columns, in evaluation order
     * @param matrix zone → indicator → result, for the page's zones in page order
     * @param resultCount results of every matching zone; {@code failedCount} of them failed
     */
    public record MatrixPage(EvaluationRun run, Page<String> zones, List<String> indicators,
            Map<String, Map<String, Evaluation.IndicatorResult>> matrix, Map<String, Evaluation.Standing> standings, long resultCount,
            long failedCount, List<CityRate> passRates, List<Evaluation.WarningItem> warnings, List<Evaluation.RectificationItem> rectifications) {
    }

    private final EvaluationRunRepository runs;
    private final RunRows rows;
    private final EntityManager em;

    ResultMatrix(EvaluationRunRepository runs, RunRows rows, EntityManager em) {
        this.runs = runs;
        this.rows = rows;
        this.em = em;
    }

    /** The page of the latest run of a period; empty when the period has not been evaluated. */
    public Optional<MatrixPage> page(long periodId, Filter filter, Order order, Pageable pageable) {
        return runs.findFirstByPeriodIdOrderByIdDesc(periodId).map(run -> page(run, filter, order, pageable));
    }

    private MatrixPage page(EvaluationRun run, Filter filter, Order order, Pageable pageable) {
        long id = run.getId();
        // Every filter, count and order reads the run's zone summaries (about 3,000 rows nationally, indexed by run and
        // city); only the page's results are read from run_result.
        String where = " from RunZone z where z.runId = :run" + (blank(filter.city()) ? "" : " and z.city = :city")
                + (filter.names() == null ? "" : " and z.subject in :names");
        List<Object[]> byCity = query(Object[].class, "select z.city, sum(z.results - z.failed), sum(z.results), count(z)" + where
                + " group by z.city order by min(z.ordinal)", id, filter).getResultList();
        long zoneCount = byCity.stream().mapToLong(c -> ((Number) c[3]).longValue()).sum();
        long resultCount = byCity.stream().mapToLong(c -> ((Number) c[2]).longValue()).sum();
        long passedCount = byCity.stream().mapToLong(c -> ((Number) c[1]).longValue()).sum();
        List<String> zones = filter.names() != null && filter.names().isEmpty() ? List.of()
                : query(String.class, "select z.subject" + where + " order by " + order.jpql, id, filter)
                        .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
        // Zones of one kind share their indicator list: a few distinct lists, merged in the order their first zone
        // was evaluated, give the indicators in the order of their first result (results are stored zone by zone).
        Set<String> indicators = new LinkedHashSet<>();
        query(String.class, "select z.indicators" + where + " group by z.indicators order by min(z.ordinal)", id, filter).getResultList()
                .forEach(list -> indicators.addAll(List.of(list.split(RunZone.SEPARATOR))));
        Map<String, Map<String, Evaluation.IndicatorResult>> matrix = new LinkedHashMap<>();
        zones.forEach(z -> matrix.put(z, new LinkedHashMap<>()));
        rows.results(id, zones).forEach(r -> matrix.get(r.subject()).put(r.indicator(), r));
        Map<String, Evaluation.Standing> standings = new LinkedHashMap<>();
        rows.standings(id, zones).forEach(s -> standings.put(s.subject(), s));
        List<CityRate> rates = byCity.stream().map(ResultMatrix::rate).toList();
        return new MatrixPage(run, new PageImpl<>(zones, pageable, zoneCount), List.copyOf(indicators), matrix, standings,
                resultCount, resultCount - passedCount, rates, rows.warnings(id, zones), rows.rectifications(id, zones));
    }

    /**
     * Result rows of a period's latest run, a page at a time in evaluation order, for the API: optionally only
     * the zones of {@code filter}, one indicator, and passed or failed ones. Empty when not evaluated.
     */
    public Optional<Page<Evaluation.IndicatorResult>> rows(long periodId, Filter filter, String indicator, Boolean passed, Pageable pageable) {
        return runs.findFirstByPeriodIdOrderByIdDesc(periodId).map(run -> {
            String where = " from RunResult r where r.run.id = :run" + (blank(filter.city()) ? "" : " and r.city = :city")
                    + (filter.names() == null ? "" : " and r.subject in :names") + (blank(indicator) ? "" : " and r.indicator = :indicator")
                    + (passed == null ? "" : " and r.passed = :passed");
            TypedQuery<Long> count = query(Long.class, "select count(r)" + where, run.getId(), filter);
            TypedQuery<Evaluation.IndicatorResult> page = query(Evaluation.IndicatorResult.class, "select " + RunRows.RESULT + where + " order by r.id",
                    run.getId(), filter);
            for (TypedQuery<?> q : List.of(count, page)) {
                if (!blank(indicator)) {
                    q.setParameter("indicator", indicator);
                }
                if (passed != null) {
                    q.setParameter("passed", passed);
                }
            }
            List<Evaluation.IndicatorResult> content = page.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize())
                    .getResultList();
            return new PageImpl<>(content, pageable, count.getSingleResult());
        });
    }

    private static CityRate rate(Object[] row) {
        String city = row[0] == null || ((String) row[0]).isBlank() ? "其他" : (String) row[0];
        long passed = ((Number) row[1]).longValue();
        long total = ((Number) row[2]).longValue();
        return new CityRate(city, passed, total, BigDecimal.valueOf(passed * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP));
    }

    private <T> TypedQuery<T> query(Class<T> type, String jpql, long run, Filter filter) {
        TypedQuery<T> q = em.createQuery(jpql, type).setParameter("run", run);
        if (!blank(filter.city())) {
            q.setParameter("city", filter.city());
        }
        if (filter.names() != null) {
            q.setParameter("names", filter.names().isEmpty() ? List.of("") : filter.names());
        }
        return q;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
