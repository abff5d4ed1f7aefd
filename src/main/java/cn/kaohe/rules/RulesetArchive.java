package cn.kaohe.rules;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the files of every ruleset an evaluation ran under, once per hash. */
@Component
public class RulesetArchive {

    private final RulesetVersions versions;

    RulesetArchive(RulesetVersions versions) {
        this.versions = versions;
    }

    /** Stores the ruleset's files unless a ruleset with the same hash is stored already. */
    @Transactional
    public void keep(Ruleset ruleset) {
        if (!versions.existsById(ruleset.hash())) {
            versions.save(new RulesetVersion(ruleset));
        }
    }

    @Transactional(readOnly = true)
    public Optional<RulesetVersion> find(String hash) {
        Optional<RulesetVersion> v = versions.findById(hash);
        v.ifPresent(x -> x.getFiles().size());
        return v;
    }
}
