package cn.kaohe.rectification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.audit.AuditLog;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.persistence.BatchInserts;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * The rectification list across periods: each evaluation raises an item for what failed (or refreshes
 * the open one), and closes open items whose indicator now passes. Officials move items along.
 */
@Service
public class RectificationService {

    /** System user for automatic changes. */
    public static final String SYSTEM = "系统";
    /** Days an item has by default, from the evaluation that raised it. */
    static final int DEFAULT_DAYS = 30;
    /** Items named in the one audit line of an evaluation's closings (the audit detail holds 2,000 characters). */
    static final int AUDIT_NAMED = 20;

    /** Completed items of all items, for a zone or a city. */
    public record Completion(String name, long total, long done, long overdue, BigDecimal rate) {
    }

    private final RectificationItems items;
    private final AuditLog audit;
    private final ZoneRegistry zones;
    private final BatchInserts inserts;

    RectificationService(RectificationItems items, AuditLog audit, ZoneRegistry zones, BatchInserts inserts) {
        this.inserts = inserts;
        this.items = items;
        this.audit = audit;
        this.zones = zones;
    }

    /**
     * Brings the list up to date with an evaluation of {@code period}: a failed indicator raises an item, or refreshes the
     * open one of an earlier or the same period; an indicator raised for this period already and closed since is not
     * raised again; an open item whose indicator now passes (and no longer fails) is closed, with an event on the item
     * and one audit record for all the items this evaluation closed.
     *
     * <p>Set-based: two queries (the open items, the keys raised in this period) whatever the number of items; new
     * items and their first events are inserted in JDBC batches (and not kept in the persistence context), the
     * refreshed and closed items go out as batched updates when the transaction flushes.
     */
    @Transactional
    public void sync(AssessmentPeriod period, long runId, Evaluation e) {
        Map<String, RectificationItem> open = new HashMap<>();
        List<RectificationItem> allOpen = items.findOpen();
        allOpen.forEach(item -> open.putIfAbsent(key(item.getSubject(), item.getIndicator()), item));
        Set<String> raisedThisPeriod = new HashSet<>();
        items.findByPeriod(period).forEach(k -> raisedThisPeriod.add(key(k.getSubject(), k.getIndicator())));

        Set<String> failing = new HashSet<>();
        List<RectificationItem> raised = new ArrayList<>();
        LocalDate deadline = LocalDate.now().plusDays(DEFAULT_DAYS);
        for (Evaluation.RectificationItem r : e.rectifications()) {
            String k = key(r.subject(), r.indicator());
            failing.add(k);
            RectificationItem item = open.get(k);
            if (item == null && raisedThisPeriod.contains(k)) {
                continue;
            }
            if (item == null) {
                item = new RectificationItem(r.subject(), r.indicator(), period, runId, r.text(), deadline, SYSTEM);
                raised.add(item);
                open.put(k, item);
            } else if (item.getPeriod().order() <= period.order()) {
                item.reraise(period, runId, r.text());
            }
        }
        inserts.write(rows -> {
            rows.insertAll(raised, item -> item);
            rows.insertAll(raised, item -> item.getEvents().get(0));
        });

        Set<String> passing = new HashSet<>();
        e.results().stream().filter(Evaluation.IndicatorResult::passed).forEach(r -> passing.add(key(r.subject(), r.indicator())));
        e.grades().stream().filter(g -> Boolean.TRUE.equals(g.passed())).forEach(g -> passing.add(key(g.subject(), "安全风险等级")));
        e.campaigns().stream().filter(c -> c.open().signum() == 0).forEach(c -> passing.add(key(c.subject(), c.campaign())));
        List<String> closed = new ArrayList<>();
        String reason = "考核期" + period.getLabel() + "该指标达标，自动关闭";
        for (RectificationItem item : allOpen) {
            String k = key(item.getSubject(), item.getIndicator());
            if (passing.contains(k) && !failing.contains(k) && item.getPeriod().order() <= period.order()) {
                item.close(SYSTEM, reason);
                closed.add(item.getSubject() + "“" + item.getIndicator() + "”");
            }
        }
        if (!closed.isEmpty()) {
            audit.record(SYSTEM, AuditLog.RECTIFICATION, closedSummary(period, closed));
        }
    }

    /** One audit line for the items an evaluation closed: all of them named when few, the first ones and the count when many. */
    static String closedSummary(AssessmentPeriod period, List<String> closed) {
        int named = Math.min(closed.size(), AUDIT_NAMED);
        String names = String.join("、", closed.subList(0, named));
        String more = closed.size() > named ? "等" + closed.size() + "项" : "";
        return names + more + "整改事项自动关闭（" + period.getLabel() + "达标）";
    }

    /**
     * Moves an item along: 待整改 → 整改中 → 已整改 (or back to 整改中 when it was closed by mistake), and
     * sets its deadline and note.
     *
     * @throws IllegalArgumentException in Chinese for an unknown item or a step the workflow does not allow
     */
    @Transactional
    public RectificationItem update(long id, String status, LocalDate deadline, String note, String user) {
        RectificationItem item = items.findById(id).orElseThrow(() -> new IllegalArgumentException("没有编号为" + id + "的整改事项"));
        StringBuilder change = new StringBuilder();
        boolean moved = false;
        if (status != null && !status.isBlank() && !status.equals(item.getStatus())) {
            if (!allowed(item.getStatus(), status)) {
                throw new IllegalArgumentException("整改事项不能从“" + item.getStatus() + "”改为“" + status + "”（流程为 待整改 → 整改中 → 已整改）");
            }
            item.move(status, user, note == null || note.isBlank() ? null : note);
            change.append("状态改为").append(status);
            moved = true;
        }
        if (deadline != null && !deadline.equals(item.getDeadline())) {
            item.deadline(deadline);
            change.append(change.isEmpty() ? "" : "，").append("整改期限改为").append(deadline);
        }
        if (note != null && !note.isBlank() && !note.equals(item.getNote())) {
            item.note(note);
            change.append(change.isEmpty() ? "" : "，").append("备注：").append(note);
        }
        if (!change.isEmpty() && !moved) {
            item.touch(user, change.toString());
        }
        if (!change.isEmpty()) {
            audit.record(user, AuditLog.RECTIFICATION, item.getSubject() + "“" + item.getIndicator() + "”：" + change);
        }
        return item;
    }

    static boolean allowed(String from, String to) {
        return (RectificationItem.OPEN.equals(from) && RectificationItem.IN_PROGRESS.equals(to))
                || (RectificationItem.IN_PROGRESS.equals(from) && RectificationItem.DONE.equals(to))
                || (RectificationItem.OPEN.equals(from) && RectificationItem.DONE.equals(to))
                || (RectificationItem.DONE.equals(from) && RectificationItem.IN_PROGRESS.equals(to));
    }

    /** Items, optionally only those of one city, subject or status; newest period first, then by subject. */
    @Transactional(readOnly = true)
    public List<RectificationItem> list(String city, String subject, String status) {
        Map<String, Integer> order = new LinkedHashMap<>();
        zones.zones().forEach(z -> order.putIfAbsent(z.name(), order.size()));
        return items.findAll().stream()
                .filter(i -> city == null || city.isBlank() || city.equals(cityOf(i.getSubject())))
                .filter(i -> subject == null || subject.isBlank() || subject.equals(i.getSubject()))
                .filter(i -> status == null || status.isBlank() || status.equals(i.getStatus()) || ("逾期".equals(status) && i.isOverdue()))
                .sorted(Comparator.comparing((RectificationItem i) -> -i.getPeriod().order())
                        .thenComparing(i -> order.getOrDefault(i.getSubject(), Integer.MAX_VALUE)).thenComparing(RectificationItem::getId))
                .toList();
    }

    @Transactional(readOnly = true)
    public RectificationItem get(long id) {
        RectificationItem item = items.findById(id).orElseThrow(() -> new IllegalArgumentException("没有编号为" + id + "的整改事项"));
        item.getEvents().size();
        return item;
    }

    /** Completion per subject and per city: 已整改 of all, and how many are overdue. */
    @Transactional(readOnly = true)
    public Map<String, List<Completion>> completion() {
        List<RectificationItem> all = items.findAll();
        return Map.of("对象", rates(all, RectificationItem::getSubject), "城市", rates(all, i -> cityOf(i.getSubject())));
    }

    private static List<Completion> rates(List<RectificationItem> all, Function<RectificationItem, String> by) {
        return all.stream().collect(Collectors.groupingBy(by, LinkedHashMap::new, Collectors.toList())).entrySet().stream()
                .map(g -> {
                    long done = g.getValue().stream().filter(i -> RectificationItem.DONE.equals(i.getStatus())).count();
                    long overdue = g.getValue().stream().filter(RectificationItem::isOverdue).count();
                    BigDecimal rate = BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(g.getValue().size()), 2, RoundingMode.HALF_UP);
                    return new Completion(g.getKey(), g.getValue().size(), done, overdue, rate);
                })
                .sorted(Comparator.comparing(Completion::name))
                .toList();
    }

    private String cityOf(String subject) {
        return zones.find(subject).map(Zone::city).orElse("");
    }

    private static String key(String subject, String indicator) {
        return subject + "\u0000" + indicator;
    }
}
