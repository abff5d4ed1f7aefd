package cn.kaohe.rules;

import java.util.List;
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

    /** The files of a stored version, as {@link RulesetLoader#build} takes them. */
    @Transactional(readOnly = true)
    public Optional<List<Ruleset.RuleFile>> files(String hash) {
        return versions.findById(hash).map(v -> v.getFiles().stream().map(f -> new Ruleset.RuleFile(f.getPath(), f.getContent())).toList());
    }

    /** Builds a stored version; the caller closes it. */
    @Transactional(readOnly = true)
    public Optional<Ruleset> build(String hash) {
        return files(hash).map(files -> RulesetLoader.build("规则版本 " + hash.substring(0, Math.min(12, hash.length())), files));
    }

    /** Every stored version, newest first. */
    @Transactional(readOnly = true)
    public List<RulesetVersion> all() {
        return versions.findAll(org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "firstUsed"));
    }

    /** The stored version whose hash starts with the given digits (people type the 12-digit version). */
    @Transactional(readOnly = true)
    public Optional<String> resolve(String version) {
        if (version == null || version.isBlank()) {
            return Optional.empty();
        }
        String v = version.strip().toLowerCase(java.util.Locale.ROOT);
        if (!v.matches("[0-9a-f]{4,64}")) {
            return Optional.empty();
        }
        List<String> matches = versions.findByHashStartingWith(v, org.springframework.data.domain.Limit.of(2)).stream()
                .map(RulesetVersion::getHash).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The full hash of a stored version named by its leading digits.
     *
     * @throws IllegalArgumentException in Chinese when no stored version (or more than one) matches
     */
    public String require(String version) {
        return resolve(version).orElseThrow(() -> new IllegalArgumentException("没有版本为“" + version + "”的规则"));
    }

    /** The files of two stored versions (the right one the live version when {@code to} is blank), compared file by file. */
    @Transactional(readOnly = true)
    public cn.kaohe.impact.RulesetComparison compare(String from, String to, String liveHash) {
        String left = require(from);
        String right = to == null || to.isBlank() ? liveHash : require(to);
        return cn.kaohe.impact.RulesetComparison.compare(contents(files(left).orElseThrow()), contents(files(right).orElseThrow()));
    }

    public static java.util.Map<String, String> contents(List<Ruleset.RuleFile> files) {
        return files.stream().collect(java.util.stream.Collectors.toMap(Ruleset.RuleFile::path, Ruleset.RuleFile::content));
    }

    @Transactional(readOnly = true)
    public Optional<RulesetVersion> find(String hash) {
        Optional<RulesetVersion> v = versions.findById(hash);
        v.ifPresent(x -> x.getFiles().size());
        return v;
    }
}
