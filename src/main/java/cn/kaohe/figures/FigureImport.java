package cn.kaohe.figures;

import java.time.OffsetDateTime;

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

import cn.kaohe.period.AssessmentPeriod;

/**
 * One version of a period's figures. Re-importing keeps the earlier versions, inactive. The figures themselves are
 * rows of {@code imported_figure}, written in batches and read back by {@link FigureImportService#figuresOf(long)}.
 */
@Entity
@Table(name = "figure_import")
public class FigureImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_row_seq")
    @SequenceGenerator(name = "app_row_seq", sequenceName = "app_row_seq", allocationSize = 500)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private AssessmentPeriod period;
    private int version;
    private String source;
    @Column(name = "imported_at")
    private OffsetDateTime importedAt;
    @Column(name = "imported_by")
    private String importedBy;
    @Column(name = "figure_count")
    private int figureCount;
    private boolean active;

    protected FigureImport() {
    }

    FigureImport(AssessmentPeriod period, int version, String source, String user, int figureCount) {
        this.period = period;
        this.figureCount = figureCount;
        this.version = version;
        this.source = source;
        this.importedAt = OffsetDateTime.now();
        this.importedBy = user;
        this.active = true;
    }

    void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public AssessmentPeriod getPeriod() {
        return period;
    }

    public int getVersion() {
        return version;
    }

    public String getSource() {
        return source;
    }

    public OffsetDateTime getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public int getFigureCount() {
        return figureCount;
    }

    public boolean isActive() {
        return active;
    }
}
