package cn.kaohe.rulebook;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The outcome of the latest check of each ruleset this instance ran (kept in memory: a restart
 * checks the live ruleset again). The rulebook shows the live ruleset's; every candidate's is recorded.
 * The last check that ran its scenarios, whatever its ruleset, is what pages quote as the measured
 * duration of a check.
 */
@Component
public class CheckHistory {

    private static final DateTimeFormatter FINISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Map<String, CheckReport> byRuleset = new ConcurrentHashMap<>();
    private final AtomicReference<CheckReport> lastRun = new AtomicReference<>();

    public void record(CheckReport report) {
        if (report.ruleset() != null) {
            byRuleset.put(report.ruleset(), report);
        }
        if (report.scenarios() > 0 && report.took() != null && report.at() != null) {
            lastRun.accumulateAndGet(report, (old, now) -> old == null || !now.finishedAt().isBefore(old.finishedAt()) ? now : old);
        }
    }

    public Optional<CheckReport> of(String rulesetHash) {
        return Optional.ofNullable(byRuleset.get(rulesetHash));
    }

    /** The check that finished last among those that ran their scenarios; empty before any has. */
    public Optional<CheckReport> lastRun() {
        return Optional.ofNullable(lastRun.get());
    }

    /**
     * What the last check took on this instance, for pages that would otherwise guess:
     * 上次检查用时 8.4 秒（2026-11-30 15:20）. Empty before any check has run its scenarios.
     */
    public Optional<String> lastDuration() {
        return lastRun().map(r -> String.format("上次检查用时 %.1f 秒（%s）", r.took().toMillis() / 1000.0, FINISHED.format(r.finishedAt())));
    }
}
