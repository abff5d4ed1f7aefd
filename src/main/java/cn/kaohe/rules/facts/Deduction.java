package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.util.Collection;

/**
 * One row of a chemical park's safety checklist (安全风险扣分): the points lost on an item and what was
 * found, reported as 备注 "项目：发现的问题".
 */
public final class Deduction {

    private final String subject;
    private final String subjectType;
    private final String city;
    private final int year;
    private final int months;
    private final int line;
    private final BigDecimal points;
    private final String item;
    private final String finding;

    public Deduction(String subject, String subjectType, String city, int year, int months, int line, BigDecimal points, String note) {
        this.subject = subject;
        this.subjectType = subjectType;
        this.city = city;
        this.year = year;
        this.months = months;
        this.line = line;
        this.points = points;
        String n = note == null ? "" : note.strip();
        int colon = Math.max(n.indexOf('：'), n.indexOf(':'));
        this.item = colon > 0 ? n.substring(0, colon).strip() : (n.isEmpty() ? "第" + line + "行扣分项" : n);
        this.finding = colon > 0 ? n.substring(colon + 1).strip() : "";
    }

    /** The checklist score: 100 minus the points lost, never below zero. */
    public static Measure score(Collection<?> deductions, String rule) {
        Deduction first = (Deduction) deductions.iterator().next();
        BigDecimal lost = deductions.stream().map(d -> ((Deduction) d).points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = BigDecimal.valueOf(100).subtract(lost).max(BigDecimal.ZERO);
        return new Measure(first.subject, first.subjectType, first.city, first.year, first.months, "安全风险评估得分", "分", score, null, rule);
    }

    public String getSubject() {
        return subject;
    }

    public int getLine() {
        return line;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public String getItem() {
        return item;
    }

    public String getFinding() {
        return finding;
    }
}
