package cn.kaohe.rules;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One file of a stored ruleset, as it was read. */
@Entity
@Table(name = "ruleset_file")
public class RulesetFile {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_row_seq")
    @SequenceGenerator(name = "app_row_seq", sequenceName = "app_row_seq", allocationSize = 500)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hash")
    private RulesetVersion version;
    private String path;
    private String content;

    protected RulesetFile() {
    }

    RulesetFile(RulesetVersion version, String path, String content) {
        this.version = version;
        this.path = path;
        this.content = content;
    }

    public String getPath() {
        return path;
    }

    public String getContent() {
        return content;
    }
}
