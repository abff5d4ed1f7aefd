package cn.kaohe.rectification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Reading the rectification list at national scale (tens of thousands of items): a page at a time with the
 * filters and the order in the database, and completion rates counted by a grouped query.
 */
@Service
public class RectificationQueries {

    /** The status filter for items past their deadline and not done. */
    public static final String OVERDUE = "逾期";

    /** Completed items of all items, for a zone or a city. */
    public record Completion(String name, long total, long done, long overdue, BigDecimal rate) {
    }

    private final ZoneRegistry zones;
    private final EntityManager em;

    RectificationQueries(ZoneRegistry zones, EntityManager em) {
        this.zones = zones;
        this.em = em;
    }

    /**
     * Items, optionally only those of one city, subject or status (待整改, 整改中, 已整改, or 逾期: past the
     * deadline and not done), newest period first, then as raised; one page, filtered and sorted in the database.
     */
    @Transactional(readOnly = true)
    public Page<RectificationItem> list(String city, String subject, String status, Pageable pageable) {
        Collection<String> ofCity = blank(city) ? null
                : zones.zones().stream().filter(z -> city.equals(z.city())).map(Zone::name).toList();
        long total = filtered(Long.class, "select count(i) from RectificationItem i", ofCity, subject, status, "").getSingleResult();
        TypedQuery<RectificationItem> q = filtered(RectificationItem.class, "select i from RectificationItem i join fetch i.period p", ofCity,
                subject, status, " order by p.year desc, p.lastMonth desc, p.firstMonth, i.id");
        if (pageable.isPaged()) {
            q.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
        }
        List<RectificationItem> content = q.getResultList();
        return new PageImpl<>(content, pageable, total);
    }

    private <T> TypedQuery<T> filtered(Class<T> type, String select, Collection<String> ofCity, String subject, String status, String order) {
        List<String> where = new ArrayList<>();
        if (ofCity != null) {
            where.add("i.subject in :names");
        }
        if (!blank(subject)) {
            where.add("i.subject = :subject");
        }
        boolean overdue = OVERDUE.equals(status);
        if (overdue) {
            where.add("i.status <> :done and i.deadline < :today");
        } else if (!blank(status)) {
            where.add("i.status = :status");
        }
        TypedQuery<T> q = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        if (ofCity != null) {
            q.setParameter("names", ofCity.isEmpty() ? List.of("") : ofCity);
        }
        if (!blank(subject)) {
            q.setParameter("subject", subject);
        }
        if (overdue) {
            q.setParameter("done", RectificationItem.DONE).setParameter("today", LocalDate.now());
        } else if (!blank(status)) {
            q.setParameter("status", status);
        }
        return q;
    }

    /**
     * Completion per subject and per city: 已整改 of all, and how many are overdue; counted by one grouped
     * query, each list sorted by name.
     */
    @Transactional(readOnly = true)
    public Map<String, List<Completion>> completion() {
        List<Object[]> bySubject = em.createQuery("select i.subject, count(i), sum(case when i.status = :done then 1 else 0 end),"
                + " sum(case when i.status <> :done and i.deadline < :today then 1 else 0 end) from RectificationItem i group by i.subject", Object[].class)
                .setParameter("done", RectificationItem.DONE).setParameter("today", LocalDate.now()).getResultList();
        return Map.of("对象", rates(bySubject, s -> s), "城市", rates(bySubject, this::cityOf));
    }

    private static List<Completion> rates(List<Object[]> bySubject, Function<String, String> group) {
        Map<String, long[]> sums = new TreeMap<>();
        for (Object[] row : bySubject) {
            long[] sum = sums.computeIfAbsent(group.apply((String) row[0]), k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                sum[i] += row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
            }
        }
        return sums.entrySet().stream().map(e -> new Completion(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                BigDecimal.valueOf(e.getValue()[1] * 100).divide(BigDecimal.valueOf(e.getValue()[0]), 2, RoundingMode.HALF_UP))).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String cityOf(String subject) {
        return zones.find(subject).map(Zone::city).orElse("");
    }
}
