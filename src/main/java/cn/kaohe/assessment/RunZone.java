package cn.kaohe.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * The summary of one subject (zone, city or province aggregate) in a run: where its first result stands in evaluation
 * order, its city, how many results it has and how many failed, its highest total score and its indicators. Written
 * with the run ({@link EvaluationHistory}); the results page pages, counts, filters and sorts these rows
 * ({@link ResultMatrix}) instead of grouping the run's results.
 */
@Entity
@Table(name = "run_zone")
@IdClass(RunZone.Key.class)
public class RunZone {

    /** Separates the indicator names in {@link #getIndicators()}. */
    static final String SEPARATOR = "\n";

    /** The primary key: a run and a subject. */
    public record Key(Long runId, String subject) implements Serializable {
    }

    @Id
    @Column(name = "run_id")
    private Long runId;
    @Id
    private String subject;
    private int ordinal;
    private String city;
    private int results;
    private int failed;
    private BigDecimal total;
    private String indicators;

    protected RunZone() {
    }

    private RunZone(long runId, String subject, int ordinal, String city) {
        this.runId = runId;
        this.subject = subject;
        this.ordinal = ordinal;
        this.city = city;
    }

    /**
     * The summaries of a stored run's subjects, one per subject with results, in evaluation order.
     *
     * @param runId the stored run's id
     * @param e the evaluation the run stores; its results are in evaluation order (a subject's results together)
     */
    static List<RunZone> of(long runId, Evaluation e) {
        Map<String, RunZone> zones = new LinkedHashMap<>();
        Map<String, List<String>> indicators = new LinkedHashMap<>();
        for (Evaluation.IndicatorResult r : e.results()) {
            RunZone z = zones.computeIfAbsent(r.subject(), s -> new RunZone(runId, s, zones.size() + 1, r.city()));
            z.results++;
            if (!r.passed()) {
                z.failed++;
            }
            if (z.city == null || r.city() != null && r.city().compareTo(z.city) < 0) {
                z.city = r.city() == null ? z.city : r.city();
            }
            indicators.computeIfAbsent(r.subject(), s -> new ArrayList<>()).add(r.indicator());
        }
        for (Evaluation.Standing s : e.standings()) {
            RunZone z = zones.get(s.subject());
            if (z != null && s.total() != null && (z.total == null || s.total().compareTo(z.total) > 0)) {
                z.total = s.total();
            }
        }
        zones.values().forEach(z -> z.indicators = String.join(SEPARATOR, indicators.get(z.subject)));
        return List.copyOf(zones.values());
    }

    public String getSubject() {
        return subject;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getCity() {
        return city;
    }

    public int getResults() {
        return results;
    }

    public int getFailed() {
        return failed;
    }

    public BigDecimal getTotal() {
        return total;
    }

    /** The subject's indicator names in evaluation order, separated by {@link #SEPARATOR}. */
    public String getIndicators() {
        return indicators;
    }
}
