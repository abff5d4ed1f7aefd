package cn.kaohe.rules.facts;

import java.math.BigDecimal;
import java.util.Collection;

/** A subject's total score: the sum of its indicators' points. */
public final class ZoneTotal {

    private final String subject;
    private final String city;
    private final BigDecimal total;
    private final String rule;

    public ZoneTotal(Subject subject, Collection<?> scores, String rule) {
        this.subject = subject.getName();
        this.city = subject.getCity();
        this.total = scores.stream().map(s -> ((Score) s).getPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.rule = rule;
    }

    public String getSubject() {
        return subject;
    }

    public String getCity() {
        return city;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getRule() {
        return rule;
    }
}
