package cn.kaohe.rectification;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.audit.AuditLog;
import cn.kaohe.period.AssessmentPeriod;
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

    private final RectificationItems items;
    private final AuditLog audit;
    private final ZoneRegistry zones;

    RectificationService(RectificationItems items, AuditLog audit, ZoneRegistry zones) {
        this.items = items;
        this.audit = audit;
        this.zones = zones;
    }

    /** Brings the list up to date with an evaluation of {@code period}. */
    @Transactional
    public void sync(AssessmentPeriod period, long runId, Evaluation e) {
        Set<String> failing = new HashSet<>();
        for (Evaluation.RectificationItem r : e.rectifications()) {
            failing.add(key(r.subject(), r.indicator()));
            List<RectificationItem> open = items.findBySubjectAndIndicatorAndStatusNot(r.subject(), r.indicator(), RectificationItem.DONE);
            if (open.isEmpty() && items.existsBySubjectAndIndicatorAndPeriod(r.subject(), r.indicator(), period)) {
                continue;
            }
            if (open.isEmpty()) {
                items.save(new RectificationItem(r.subject(), r.indicator(), period, runId, r.text(), LocalDate.now().plusDays(DEFAULT_DAYS), SYSTEM));
            } else if (open.get(0).getPeriod().order() <= period.order()) {
                open.get(0).reraise(period, runId, r.text());
            }
        }
        Set<String> passing = new HashSet<>();
        e.results().stream().filter(Evaluation.IndicatorResult::passed).forEach(r -> passing.add(key(r.subject(), r.indicator())));
        e.grades().stream().filter(g -> Boolean.TRUE.equals(g.passed())).forEach(g -> passing.add(key(g.subject(), "安全风险等级")));
        e.campaigns().stream().filter(c -> c.open().signum() == 0).forEach(c -> passing.add(key(c.subject(), c.campaign())));
        for (RectificationItem item : items.findByStatusNot(RectificationItem.DONE)) {
            String k = key(item.getSubject(), item.getIndicator());
            if (passing.contains(k) && !failing.contains(k) && item.getPeriod().order() <= period.order()) {
                item.close(SYSTEM, "考核期" + period.getLabel() + "该指标达标，自动关闭");
                audit.record(SYSTEM, AuditLog.RECTIFICATION, item.getSubject() + "“" + item.getIndicator() + "”整改事项自动关闭（" + period.getLabel() + "达标）");
            }
        }
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
