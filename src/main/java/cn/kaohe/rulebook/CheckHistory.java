package cn.kaohe.rulebook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The outcome of the latest check of each ruleset this instance ran (kept in memory: a restart
 * checks the live ruleset again). The rulebook shows the live ruleset's; the publisher records
 * every candidate's.
 */
@Component
public class CheckHistory {

    private final Map<String, CheckReport> byRuleset = new ConcurrentHashMap<>();
    private final AtomicReference<CheckReport> latest = new AtomicReference<>();

    public void record(CheckReport report) {
        latest.set(report);
        if (report.ruleset() != null) {
            byRuleset.put(report.ruleset(), report);
        }
    }

    /** The latest check run, of whichever ruleset. */
    public Optional<CheckReport> latest() {
        return Optional.ofNullable(latest.get());
    }

    public Optional<CheckReport> of(String rulesetHash) {
        return Optional.ofNullable(byRuleset.get(rulesetHash));
    }
}
