package cn.kaohe.rules.facts;

/** One sentence of a subject's bulletin (通报) paragraph, about one indicator; sentences follow the vocabulary's order. */
public final class BulletinLine {

    private final String subject;
    private final String indicator;
    private final String text;
    private final String rule;

    public BulletinLine(String subject, String indicator, String text, String rule) {
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
