package cn.kaohe.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.kaohe.assessment.AssessmentService;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetArchive;
import cn.kaohe.rules.RulesetException;

/** Evaluations started from the web run in the background; the page polls their progress. */
@Component
@ConditionalOnWebApplication
class EvaluationJobs {

    private static final Logger log = LoggerFactory.getLogger(EvaluationJobs.class);

    /** A running or finished evaluation, as the progress page shows it. */
    static final class Job {
        final String id;
        final long periodId;
        final String user;
        volatile String stage = "排队等候";
        volatile int percent;
        volatile boolean done;
        volatile String error;
        volatile Long runId;

        Job(long periodId, String user) {
            this.id = UUID.randomUUID().toString();
            this.periodId = periodId;
            this.user = user;
        }

        public String getId() {
            return id;
        }

        public long getPeriodId() {
            return periodId;
        }

        public String getStage() {
            return stage;
        }

        public int getPercent() {
            return percent;
        }

        public boolean isDone() {
            return done;
        }

        public String getError() {
            return error;
        }

        public Long getRunId() {
            return runId;
        }
    }

    private final AssessmentService assessments;
    private final RulesetArchive archive;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evaluation");
        t.setDaemon(true);
        return t;
    });

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
        Job job = new Job(periodId, user);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                AssessmentService.Progress progress = (stage, percent) -> {
                    job.stage = stage;
                    job.percent = percent;
                };
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
            } catch (IllegalArgumentException | RulesetException e) {
                job.error = e.getMessage();
            } catch (RuntimeException e) {
                log.error("考核未完成", e);
                job.error = "考核未完成：" + e.getMessage();
            } finally {
                job.done = true;
            }
        });
        return job;
    }

    Job get(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new IllegalArgumentException("没有这个考核任务（可能已过期）");
        }
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
