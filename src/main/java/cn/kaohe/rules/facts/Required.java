package cn.kaohe.rules.facts;

/** An indicator a subject must be assessed on, set by a row of a required-indicators table. */
public final class Required {

    private final String subject;
    private final String indicator;
    private final String rule;

    public Required(Subject subject, String indicator, String rule) {
        this.subject = subject.getName();
        this.indicator = indicator.strip();
        this.rule = rule;
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getRule() {
        return rule;
    }
}
