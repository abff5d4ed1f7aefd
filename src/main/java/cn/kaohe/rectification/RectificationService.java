package cn.kaohe.rectification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.audit.AuditLog;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.persistence.BatchInserts;

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

    private final RectificationItems items;
    private final AuditLog audit;
    private final BatchInserts inserts;

    RectificationService(RectificationItems items, AuditLog audit, BatchInserts inserts) {
        this.inserts = inserts;
        this.items = items;
        this.audit = audit;
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

    @Transactional(readOnly = true)
    public RectificationItem get(long id) {
        RectificationItem item = items.findById(id).orElseThrow(() -> new IllegalArgumentException("没有编号为" + id + "的整改事项"));
        item.getEvents().size();
        return item;
    }

    private static String key(String subject, String indicator) {
        return subject + "\u0000" + indicator;
    }
}
