package cn.kaohe.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored rectification item. */
@Entity
@Table(name = "run_rectification")
public class RunRectification extends RunRow {

    private String subject;
    private String indicator;
    private String text;
    private String rule;

    protected RunRectification() {
    }

    RunRectification(EvaluationRun run, Evaluation.RectificationItem item) {
        super(run);
        this.subject = item.subject();
        this.indicator = item.indicator();
        this.text = item.text();
        this.rule = item.rule();
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    public String getIndicator() {
        return indicator;
    }

    public String getRule() {
        return rule;
    }
}
