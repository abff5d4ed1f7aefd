package cn.kaohe.period;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A period officials work on, with its state: 已导入 → 已考核 → 已发布, and who moved it last. */
@Entity
@Table(name = "assessment_period")
public class AssessmentPeriod {

    public static final String IMPORTED = "已导入";
    public static final String EVALUATED = "已考核";
    public static final String PUBLISHED = "已发布";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_row_seq")
    @SequenceGenerator(name = "app_row_seq", sequenceName = "app_row_seq", allocationSize = 500)
    private Long id;
    private String label;
    @Column(name = "period_year")
    private int year;
    @Column(name = "first_month")
    private int firstMonth;
    @Column(name = "last_month")
    private int lastMonth;
    private String state;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "published_by")
    private String publishedBy;

    protected AssessmentPeriod() {
    }

    public AssessmentPeriod(Period period, String user) {
        this.label = period.label();
        this.year = period.year();
        this.firstMonth = period.firstMonth();
        this.lastMonth = period.lastMonth();
        this.createdAt = OffsetDateTime.now();
        this.createdBy = user;
        moveTo(IMPORTED, user);
    }

    public void moveTo(String newState, String user) {
        this.state = newState;
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = user;
        if (PUBLISHED.equals(newState)) {
            this.publishedAt = updatedAt;
            this.publishedBy = user;
        }
    }

    public Period period() {
        return new Period(year, firstMonth, lastMonth);
    }

    /** Later periods sort after earlier ones: by year, then by the last month covered. */
    public int order() {
        return year * 100 + lastMonth;
    }

    public Long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getState() {
        return state;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
