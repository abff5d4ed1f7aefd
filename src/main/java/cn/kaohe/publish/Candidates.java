package cn.kaohe.publish;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import cn.kaohe.rulebook.CheckHistory;
import cn.kaohe.rulebook.CheckProgress;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.Ruleset;

/**
 * Rulesets proposed for publication on this instance: checked when proposed (compile, features,
 * coverage), kept for their impact analysis and publication. Only the last few are kept; a dropped
 * candidate's compiled rules are released.
 */
@Component
public class Candidates {

    private static final int KEPT = 8;

    private final RulesetCheck check;
    private final CheckHistory history;
    private final LiveRuleset live;
    private final CandidateImpacts impacts;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Candidate> kept = new LinkedHashMap<>();

    Candidates(RulesetCheck check, CheckHistory history, LiveRuleset live, CandidateImpacts impacts) {
        this.impacts = impacts;
        this.check = check;
        this.history = history;
        this.live = live;
    }

    /** Builds and checks the files; takes several seconds (the features run). */
    public Candidate propose(String source, List<Ruleset.RuleFile> files, String user) {
        return propose(source, files, user, CheckProgress.NONE);
    }

    public Candidate propose(String source, List<Ruleset.RuleFile> files, String user, CheckProgress progress) {
        String basis = live.current().hash();
        RulesetCheck.Checked checked = check.check(source, files, progress);
        history.record(checked.report());
        Candidate candidate = new Candidate(ids.incrementAndGet(), source, List.copyOf(files), user, OffsetDateTime.now(),
                checked.report(), checked.ruleset(), basis);
        List<Candidate> dropped = new ArrayList<>();
        synchronized (kept) {
            kept.put(candidate.id(), candidate);
            while (kept.size() > KEPT) {
                Long oldest = kept.keySet().iterator().next();
                dropped.add(kept.remove(oldest));
            }
        }
        dropped.forEach(this::release);
        return candidate;
    }

    public Optional<Candidate> find(long id) {
        synchronized (kept) {
            return Optional.ofNullable(kept.get(id));
        }
    }

    /** Candidates still held, newest first. */
    public List<Candidate> all() {
        synchronized (kept) {
            List<Candidate> list = new ArrayList<>(kept.values());
            java.util.Collections.reverse(list);
            return list;
        }
    }

    /**
     * Takes a candidate out of the list to be published: its ruleset now belongs to the caller (it
     * becomes the live one). Empty when another request took it first.
     */
    Optional<Candidate> take(long id) {
        impacts.forget(id);
        synchronized (kept) {
            return Optional.ofNullable(kept.remove(id));
        }
    }

    public void drop(long id) {
        Candidate c;
        synchronized (kept) {
            c = kept.remove(id);
        }
        if (c != null) {
            release(c);
        }
    }

    private void release(Candidate c) {
        impacts.forget(c.id());
        if (c.ruleset() != null) {
            c.ruleset().close();
        }
    }
}
