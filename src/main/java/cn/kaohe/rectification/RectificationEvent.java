package cn.kaohe.rectification;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step in an item's history: who moved it to which status, when, and why. */
@Entity
@Table(name = "rectification_event")
public class RectificationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_row_seq")
    @SequenceGenerator(name = "app_row_seq", sequenceName = "app_row_seq", allocationSize = 500)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private RectificationItem item;
    private OffsetDateTime at;
    private String username;
    private String status;
    private String note;

    protected RectificationEvent() {
    }

    RectificationEvent(RectificationItem item, String username, String status, String note) {
        this.item = item;
        this.at = OffsetDateTime.now();
        this.username = username;
        this.status = status;
        this.note = note;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}
