package cn.kaohe.publish;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One moment a ruleset went live: who, when, from what, and what it replaced. */
@Entity
@Table(name = "ruleset_publication")
public class RulesetPublication {

    /** Published after passing its check. */
    public static final String PUBLISHED = "发布";
    /** An earlier version restored. */
    public static final String ROLLED_BACK = "回滚";
    /** The rules directory taken as it was, at the first start on an empty database. */
    public static final String FIRST_START = "首次启动";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "ruleset_hash")
    private String rulesetHash;
    @Column(name = "previous_hash")
    private String previousHash;
    private String action;
    private String source;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "check_summary")
    private String checkSummary;

    protected RulesetPublication() {
    }

    RulesetPublication(String rulesetHash, String previousHash, String action, String source, String publishedBy, String checkSummary) {
        this.rulesetHash = rulesetHash;
        this.previousHash = previousHash;
        this.action = action;
        this.source = source.length() > 300 ? source.substring(0, 300) : source;
        this.publishedBy = publishedBy;
        this.publishedAt = OffsetDateTime.now();
        this.checkSummary = checkSummary == null || checkSummary.length() <= 500 ? checkSummary : checkSummary.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public String getRulesetHash() {
        return rulesetHash;
    }

    public String getVersion() {
        return rulesetHash.substring(0, 12);
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getAction() {
        return action;
    }

    public String getSource() {
        return source;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public String getCheckSummary() {
        return checkSummary;
    }
}
