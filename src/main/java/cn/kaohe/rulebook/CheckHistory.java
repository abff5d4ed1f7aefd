package cn.kaohe.rulebook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The outcome of the latest check of each ruleset this instance ran (kept in memory: a restart
 * checks the live ruleset again). The rulebook shows the live ruleset's; every candidate's is recorded.
 */
@Component
public class CheckHistory {

    private final Map<String, CheckReport> byRuleset = new ConcurrentHashMap<>();

    public void record(CheckReport report) {
        if (report.ruleset() != null) {
            byRuleset.put(report.ruleset(), report);
        }
    }

    public Optional<CheckReport> of(String rulesetHash) {
        return Optional.ofNullable(byRuleset.get(rulesetHash));
    }
}
