package cn.kaohe.audit;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Who did what and when: imports, evaluations, exports, status changes, publications, user changes. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_row_seq")
    @SequenceGenerator(name = "app_row_seq", sequenceName = "app_row_seq", allocationSize = 500)
    private Long id;
    private OffsetDateTime at;
    private String username;
    private String action;
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(String username, String action, String detail) {
        this.at = OffsetDateTime.now();
        this.username = username;
        this.action = action;
        this.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
