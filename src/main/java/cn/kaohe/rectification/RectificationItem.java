package cn.kaohe.rectification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import cn.kaohe.period.AssessmentPeriod;

/** An item of the rectification list, followed up through 待整改 → 整改中 → 已整改. */
@Entity
@Table(name = "rectification_item")
public class RectificationItem {

    public static final String OPEN = "待整改";
    public static final String IN_PROGRESS = "整改中";
    public static final String DONE = "已整改";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_row_seq")
    @SequenceGenerator(name = "app_row_seq", sequenceName = "app_row_seq", allocationSize = 500)
    private Long id;
    private String subject;
    private String indicator;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "period_id")
    private AssessmentPeriod period;
    @Column(name = "run_id")
    private long runId;
    private String text;
    private String status;
    private LocalDate deadline;
    private String note;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "closed_reason")
    private String closedReason;
    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("at")
    private List<RectificationEvent> events = new ArrayList<>();

    protected RectificationItem() {
    }

    RectificationItem(String subject, String indicator, AssessmentPeriod period, long runId, String text, LocalDate deadline, String user) {
        this.subject = subject;
        this.indicator = indicator;
        this.period = period;
        this.runId = runId;
        this.text = text;
        this.deadline = deadline;
        this.createdAt = OffsetDateTime.now();
        move(OPEN, user, "考核期" + period.getLabel() + "未达标，列入整改清单");
    }

    void move(String newStatus, String user, String eventNote) {
        this.status = newStatus;
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = user;
        events.add(new RectificationEvent(this, user, newStatus, eventNote));
    }

    void close(String user, String reason) {
        this.closedReason = reason;
        move(DONE, user, reason);
    }

    void reraise(AssessmentPeriod later, long laterRun, String newText) {
        this.period = later;
        this.runId = laterRun;
        this.text = newText;
    }

    /** Records who changed the deadline or the note, and when. */
    void touch(String user, String what) {
        this.updatedAt = OffsetDateTime.now();
        this.updatedBy = user;
        events.add(new RectificationEvent(this, user, status, what));
    }

    void deadline(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    void note(String newNote) {
        this.note = newNote;
    }

    public boolean isOverdue() {
        return deadline != null && !DONE.equals(status) && deadline.isBefore(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public String getIndicator() {
        return indicator;
    }

    public AssessmentPeriod getPeriod() {
        return period;
    }

    public long getRunId() {
        return runId;
    }

    public String getText() {
        return text;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getNote() {
        return note;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public List<RectificationEvent> getEvents() {
        return events;
    }
}
