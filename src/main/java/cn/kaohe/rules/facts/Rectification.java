package cn.kaohe.rules.facts;

/** An item of the rectification list (整改清单), written the way the reports write it. */
public final class Rectification {

    private final String subject;
    private final String indicator;
    private final String text;
    private final String rule;

    public Rectification(Result result, String text, String rule) {
        this(result.getSubject(), result.getIndicator(), text, rule);
    }

    public Rectification(String subject, String indicator, String text, String rule) {
        this.subject = subject;
        this.indicator = indicator;
        this.text = text;
        this.rule = rule;
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getText() {
        return text;
    }

    public String getRule() {
        return rule;
    }
}
