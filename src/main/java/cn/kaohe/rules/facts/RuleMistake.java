package cn.kaohe.rules.facts;

/**
 * A rule states something its facts show to be wrong, such as a target written in 万元 for an indicator
 * kept in 亿元. The message, in Chinese, names the rule and says what to change; the assessment stops
 * rather than go on with a misread value.
 */
public final class RuleMistake extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RuleMistake(String message) {
        super(message);
    }
}
