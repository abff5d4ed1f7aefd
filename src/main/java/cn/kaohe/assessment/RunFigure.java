package cn.kaohe.assessment;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An input figure of a run, under its canonical subject and indicator names. */
@Entity
@Table(name = "run_figure")
public class RunFigure extends RunRow {

    @Column(name = "line_no")
    private int line;
    private String subject;
    private String indicator;
    @Column(name = "figure_value")
    private BigDecimal value;
    @Column(name = "previous_value")
    private BigDecimal previous;
    private String note;

    protected RunFigure() {
    }

    RunFigure(EvaluationRun run, int line, String subject, String indicator, BigDecimal value, BigDecimal previous, String note) {
        super(run);
        this.line = line;
        this.subject = subject;
        this.indicator = indicator;
        this.value = value;
        this.previous = previous;
        this.note = note;
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getPrevious() {
        return previous;
    }

    public int getLine() {
        return line;
    }

    public String getNote() {
        return note;
    }
}
