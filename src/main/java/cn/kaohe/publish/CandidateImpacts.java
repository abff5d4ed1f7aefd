package cn.kaohe.publish;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.kaohe.impact.Impact;
import cn.kaohe.period.AssessmentPeriod;
import cn.kaohe.rulebook.CheckProgress;

/**
 * The what-if of each candidate, computed once: reopening a candidate's page shows the impact already
 * found for the same periods, as long as none of them has been evaluated again since. Kept in memory for
 * the last {@value #KEPT} comparisons; a candidate's are forgotten when it is dropped or published.
 */
@Component
public class CandidateImpacts {

    private static final int KEPT = 16;
    private static final DateTimeFormatter FINISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    /**
     * A comparison asked for: a candidate against the latest stored results of some periods.
     *
     * @param key names the comparison (candidate, periods and their runs), for finding a running job
     */
    public record Request(Candidate candidate, List<ImpactService.Basis> bases, String key) {
    }

    private record Timing(int periods, Duration took, Instant finished) {
    }

    private final ImpactService impacts;
    private final Map<String, Impact> found = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Impact> eldest) {
            return size() > KEPT;
        }
    };
    private final AtomicReference<Timing> last = new AtomicReference<>();

    CandidateImpacts(ImpactService impacts) {
        this.impacts = impacts;
    }

    /** Periods that have a stored evaluation to compare against, latest first. */
    public List<AssessmentPeriod> comparablePeriods() {
        return impacts.comparablePeriods();
    }

    /**
     * @param periodIds the periods to compare; every evaluated period when null or empty
     * @throws IllegalArgumentException in Chinese when the candidate did not compile or a period was never evaluated
     */
    public Request request(Candidate candidate, List<Long> periodIds) {
        if (candidate.ruleset() == null) {
            throw new IllegalArgumentException("候选规则没有通过编译，无法预览影响：" + candidate.report().summary());
        }
        List<ImpactService.Basis> bases = impacts.bases(periodIds);
        String key = candidate.id() + ":" + bases.stream().map(b -> b.periodId() + "@" + b.runId()).collect(Collectors.joining(","));
        return new Request(candidate, bases, key);
    }

    /** The impact already found for this request; with no period to compare, the (empty) impact at once. */
    public Optional<Impact> cached(Request request) {
        if (request.bases().isEmpty()) {
            return Optional.of(new Impact(request.candidate().source(), List.of()));
        }
        synchronized (found) {
            return Optional.ofNullable(found.get(request.key()));
        }
    }

    /**
     * The impact for this request: the one already found, else compared now (about as long as evaluating
     * each period) and kept.
     */
    public Impact analyse(Request request, CheckProgress progress) {
        Optional<Impact> cached = cached(request);
        if (cached.isPresent()) {
            return cached.get();
        }
        Instant started = Instant.now();
        Candidate c = request.candidate();
        Impact impact = impacts.analyse(c.source(), c.ruleset(), request.bases(), progress);
        Instant finished = Instant.now();
        last.set(new Timing(request.bases().size(), Duration.between(started, finished), finished));
        synchronized (found) {
            found.put(request.key(), impact);
        }
        return impact;
    }

    /**
     * What the last comparison took on this instance: 上次比较2个考核期用时 21.3 秒（2026-11-30 15:40）.
     * Empty before any comparison has run.
     */
    public Optional<String> lastDuration() {
        return Optional.ofNullable(last.get()).map(t -> String.format("上次比较%d个考核期用时 %.1f 秒（%s）", t.periods(),
                t.took().toMillis() / 1000.0, FINISHED.format(t.finished())));
    }

    /** Forgets the comparisons of a candidate that is dropped or published. */
    void forget(long candidateId) {
        String prefix = candidateId + ":";
        synchronized (found) {
            found.keySet().removeIf(k -> k.startsWith(prefix));
        }
    }
}
