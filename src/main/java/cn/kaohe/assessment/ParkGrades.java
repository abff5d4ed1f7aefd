package cn.kaohe.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chemical parks' safety-risk grades in the latest run of each period, latest period first, a page at a
 * time: one query for the count, one for the page's grades, one for their checklist deductions.
 */
@Service
@Transactional(readOnly = true)
public class ParkGrades {

    /** The indicator under which a park's checklist deductions are reported and listed for rectification. */
    static final String DEDUCTIONS = "安全风险扣分";

    /** A park's grade in one period and the checklist deductions behind it. */
    public record Row(String period, Evaluation.GradeItem grade, List<String> deductions) {
    }

    private final RunRows rows;
    private final EntityManager em;

    ParkGrades(RunRows rows, EntityManager em) {
        this.rows = rows;
        this.em = em;
    }

    /** One page of graded parks across the latest run of every period (or of the period {@code periodId} when not null). */
    public Page<Row> page(Long periodId, Pageable pageable) {
        Map<Long, EvaluationRun> latest = rows.latestRuns();
        Collection<Long> runs = (periodId == null ? latest.values().stream() : latest.values().stream().filter(r -> periodId.equals(r.getPeriodId())))
                .map(EvaluationRun::getId).toList();
        if (runs.isEmpty()) {
            return Page.empty(pageable);
        }
        long total = em.createQuery("select count(r) from RunGrade r where r.run.id in :runs", Long.class).setParameter("runs", runs).getSingleResult();
        List<Object[]> page = em.createQuery("select r.run.id, r.run.periodLabel, " + RunRows.GRADE + " from RunGrade r where r.run.id in :runs"
                + " order by r.run.periodYear desc, r.run.lastMonth desc, r.run.firstMonth, r.id", Object[].class)
                .setParameter("runs", runs).setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
        Map<String, List<String>> deductions = new LinkedHashMap<>();
        if (!page.isEmpty()) {
            List<String> subjects = page.stream().map(g -> (String) g[2]).distinct().toList();
            for (Object[] d : rows.rows(Object[].class, "RunRectification", "r.run.id, r.subject, r.text", runs, subjects, "r.indicator = :indicator",
                    Map.of("indicator", DEDUCTIONS))) {
                deductions.computeIfAbsent(d[0] + "\u0000" + d[1], k -> new ArrayList<>()).add((String) d[2]);
            }
        }
        List<Row> content = page.stream().map(g -> new Row((String) g[1], new Evaluation.GradeItem((String) g[2], (BigDecimal) g[3], (String) g[4],
                (String) g[5], (String) g[6], (String) g[7], (Boolean) g[8], (String) g[9]), deductions.getOrDefault(g[0] + "\u0000" + g[2], List.of())))
                .toList();
        return new PageImpl<>(content, pageable, total);
    }
}
