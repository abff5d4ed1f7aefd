package cn.kaohe.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored early warning. */
@Entity
@Table(name = "run_warning")
public class RunWarning extends RunRow {

    private String subject;
    private String indicator;
    private String level;
    private String text;
    private String rule;

    protected RunWarning() {
    }

    RunWarning(EvaluationRun run, Evaluation.WarningItem w) {
        super(run);
        this.subject = w.subject();
        this.indicator = w.indicator();
        this.level = w.level();
        this.text = w.text();
        this.rule = w.rule();
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

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
