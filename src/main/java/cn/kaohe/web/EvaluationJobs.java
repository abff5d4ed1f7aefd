package cn.kaohe.web;

import jakarta.annotation.PreDestroy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.kaohe.assessment.AssessmentService;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetArchive;

/** Evaluations started from the web run in the background; the page polls their progress. */
@Component
@ConditionalOnWebApplication
class EvaluationJobs {

    /** A running or finished evaluation, as the progress page shows it. */
    static final class Job extends BackgroundJobs.Job {
        private final long periodId;
        private final String measured;
        private volatile Long runId;

        Job(long periodId, String measured) {
            this.periodId = periodId;
            this.measured = measured;
        }

        /** What the last evaluation of this period took on this instance (上次考核该考核期用时 12.3 秒（…）), null when none has run since start. */
        public String getMeasured() {
            return measured;
        }

        public long getPeriodId() {
            return periodId;
        }

        public Long getRunId() {
            return runId;
        }
    }

    private final AssessmentService assessments;
    private final RulesetArchive archive;
    private static final DateTimeFormatter FINISHED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final BackgroundJobs<Job> jobs = new BackgroundJobs<>("evaluation", "考核未完成", "没有这个考核任务（可能已过期）");
    /** The last successful evaluation's duration per period, quoted by the next one's progress page. */
    private final Map<Long, String> measured = new ConcurrentHashMap<>();

    EvaluationJobs(AssessmentService assessments, RulesetArchive archive) {
        this.assessments = assessments;
        this.archive = archive;
    }

    Job start(long periodId, String user) {
        return start(periodId, user, null);
    }

    /**
     * Evaluates a period in the background: under the live ruleset, or, when a version is named,
     * under that stored version (a re-run); the run records the version it ran under.
     */
    Job start(long periodId, String user, String version) {
        String hash = version == null || version.isBlank() ? null
                : archive.require(version);
        return jobs.start(new Job(periodId, measured.get(periodId)), job -> {
            AssessmentService.Progress progress = job::at;
            AssessmentService.StoredEvaluation stored;
            if (hash == null) {
                stored = assessments.evaluate(periodId, user, progress);
            } else {
                progress.stage("编译规则版本 " + hash.substring(0, 12), 5);
                try (Ruleset ruleset = archive.build(hash).orElseThrow()) {
                    stored = assessments.evaluate(periodId, user, progress, ruleset);
                }
            }
            job.runId = stored.runId();
            job.at("完成", 100); // only now: the transaction has committed when evaluate returns
        }, job -> job.took().ifPresent(took -> measured.put(periodId,
                String.format("上次考核该考核期用时 %.1f 秒（%s）", took.toMillis() / 1000.0, FINISHED.format(Instant.now())))));
    }

    Job get(String id) {
        return jobs.get(id);
    }

    @PreDestroy
    void stop() {
        jobs.stop();
    }
}
