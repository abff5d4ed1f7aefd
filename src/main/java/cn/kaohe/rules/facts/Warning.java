package cn.kaohe.rules.facts;

/** An early warning (预警) in a partial period: an indicator behind its target or its 序时进度. */
public final class Warning {

    private final String subject;
    private final String indicator;
    private final String level;
    private final String text;
    private final String rule;

    public Warning(String subject, String indicator, String level, String text, String rule) {
        this.subject = subject;
        this.indicator = indicator;
        this.level = level;
        this.text = text;
        this.rule = rule;
    }

    public Warning(Result result, String level, String text, String rule) {
        this(result.getSubject(), result.getIndicator(), level, text, rule);
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    /** 黄色 or 红色. */
    public String getLevel() {
        return level;
    }

    public String getText() {
        return text;
    }

    public String getRule() {
        return rule;
    }
}
