package cn.kaohe.publish;

import java.time.OffsetDateTime;
import java.util.List;

import cn.kaohe.rulebook.CheckReport;
import cn.kaohe.rules.Ruleset;

/**
 * A ruleset proposed for publication: its files, where they came from, and what its check found.
 * Holds the compiled ruleset (when it compiled) until it is published or dropped.
 *
 * @param source where the files come from: 规则目录 rules、目标表 industrial/targets-2023.drl.csv
 * @param basis  the hash of the live ruleset the candidate was made from (what an impact is measured against)
 */
public record Candidate(long id, String source, List<Ruleset.RuleFile> files, String proposedBy, OffsetDateTime proposedAt,
        CheckReport report, Ruleset ruleset, String basis) {

    /** Whether the live ruleset is still the one the candidate was made from (else publishing it is refused). */
    public boolean current(Ruleset live) {
        return basis.equals(live.hash());
    }

    public boolean publishable() {
        return ruleset != null && report.passed();
    }

    /** The version of the files, or null when they did not compile. */
    public String hash() {
        return ruleset == null ? null : ruleset.hash();
    }

    public String version() {
        return ruleset == null ? "（未编译）" : ruleset.version();
    }
}
