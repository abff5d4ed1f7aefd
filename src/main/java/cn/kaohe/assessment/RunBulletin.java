package cn.kaohe.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A stored bulletin paragraph. */
@Entity
@Table(name = "run_bulletin")
public class RunBulletin extends RunRow {

    private String subject;
    private String text;

    protected RunBulletin() {
    }

    RunBulletin(EvaluationRun run, Evaluation.BulletinParagraph b) {
        super(run);
        this.subject = b.subject();
        this.text = b.text();
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }
}
