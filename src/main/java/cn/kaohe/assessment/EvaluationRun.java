package cn.kaohe.assessment;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One stored evaluation: the period, the ruleset it ran under, the import version it read and its counts; its conclusions are rows that name it ({@link RunRow}), written by {@link EvaluationHistory} and read by {@link RunRows}. */
@Entity
@Table(name = "evaluation_run")
public class EvaluationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_run_seq")
    @SequenceGenerator(name = "evaluation_run_seq", sequenceName = "evaluation_run_seq", allocationSize = 1)
    private Long id;

    @Column(name = "period_label")
    private String periodLabel;
    @Column(name = "period_year")
    private int periodYear;
    @Column(name = "first_month")
    private int firstMonth;
    @Column(name = "last_month")
    private int lastMonth;
    private String source;
    @Column(name = "ruleset_hash")
    private String rulesetHash;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "figure_count")
    private int figureCount;
    @Column(name = "result_count")
    private int resultCount;
    @Column(name = "failed_count")
    private int failedCount;
    @Column(name = "period_id")
    private Long periodId;
    @Column(name = "import_id")
    private Long importId;
    @Column(name = "created_by")
    private String createdBy;


    protected EvaluationRun() {
    }

    EvaluationRun(String periodLabel, int periodYear, int firstMonth, int lastMonth, String source, String rulesetHash,
            OffsetDateTime createdAt) {
        this.periodLabel = periodLabel;
        this.periodYear = periodYear;
        this.firstMonth = firstMonth;
        this.lastMonth = lastMonth;
        this.source = source;
        this.rulesetHash = rulesetHash;
        this.createdAt = createdAt;
    }

    void origin(Long periodId, Long importId, String createdBy) {
        this.periodId = periodId;
        this.importId = importId;
        this.createdBy = createdBy;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public Long getImportId() {
        return importId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    void counts(int figureCount, int resultCount, int failedCount) {
        this.figureCount = figureCount;
        this.resultCount = resultCount;
        this.failedCount = failedCount;
    }

    public Long getId() {
        return id;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public String getSource() {
        return source;
    }

    public String getRulesetHash() {
        return rulesetHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public int getFigureCount() {
        return figureCount;
    }

    public int getResultCount() {
        return resultCount;
    }

    public int getFailedCount() {
        return failedCount;
    }









}
