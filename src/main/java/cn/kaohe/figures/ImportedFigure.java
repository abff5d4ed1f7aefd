package cn.kaohe.figures;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A figure as imported, under its canonical names. */
@Entity
@Table(name = "imported_figure")
public class ImportedFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_row_seq")
    @SequenceGenerator(name = "app_row_seq", sequenceName = "app_row_seq", allocationSize = 500)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "import_id")
    private FigureImport figureImport;
    @Column(name = "line_no")
    private int line;
    private String subject;
    private String indicator;
    @Column(name = "figure_value")
    private BigDecimal value;
    @Column(name = "previous_value")
    private BigDecimal previous;
    private String note;

    protected ImportedFigure() {
    }

    ImportedFigure(FigureImport figureImport, int line, String subject, String indicator, BigDecimal value, BigDecimal previous, String note) {
        this.figureImport = figureImport;
        this.line = line;
        this.subject = subject;
        this.indicator = indicator;
        this.value = value;
        this.previous = previous;
        this.note = note;
    }

    public int getLine() {
        return line;
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

    public String getNote() {
        return note;
    }
}
