package cn.kaohe.rules;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** A stored ruleset: the files behind a hash that some evaluation ran under. */
@Entity
@Table(name = "ruleset_version")
public class RulesetVersion implements Persistable<String> {

    @Id
    private String hash;
    @Column(name = "first_used")
    private OffsetDateTime firstUsed;
    @Column(name = "file_count")
    private int fileCount;
    @Column(name = "rule_count")
    private int ruleCount;
    @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
    @OrderBy("path")
    private List<RulesetFile> files = new ArrayList<>();
    @Transient
    private boolean fresh;

    protected RulesetVersion() {
    }

    RulesetVersion(Ruleset ruleset) {
        this.hash = ruleset.hash();
        this.firstUsed = OffsetDateTime.now();
        this.fileCount = ruleset.files().size();
        this.ruleCount = ruleset.ruleFiles().size();
        ruleset.files().forEach(f -> files.add(new RulesetFile(this, f.path(), f.content())));
        this.fresh = true;
    }

    /** The hash is assigned, not generated: a version built from a ruleset is new, one read back is not. */
    @Override
    public boolean isNew() {
        return fresh;
    }

    @Override
    public String getId() {
        return hash;
    }

    public String getHash() {
        return hash;
    }

    public OffsetDateTime getFirstUsed() {
        return firstUsed;
    }

    public int getFileCount() {
        return fileCount;
    }

    public int getRuleCount() {
        return ruleCount;
    }

    public List<RulesetFile> getFiles() {
        return files;
    }
}
