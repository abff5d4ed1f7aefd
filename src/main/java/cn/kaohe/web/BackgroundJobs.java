package cn.kaohe.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.kaohe.rules.RulesetException;

/**
 * Long work started from a page (an evaluation, a rule check) runs here, one at a time per kind, and the
 * page polls its progress. Kept in memory: a restart forgets the jobs (their results are stored).
 *
 * @param <J> the kind of job, with what its page needs besides the progress
 */
final class BackgroundJobs<J extends BackgroundJobs.Job> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);

    /** Where a job has got to. */
    abstract static class Job {

        private final String id = UUID.randomUUID().toString();
        private volatile String stage = "排队等候";
        private volatile int percent;
        private volatile boolean done;
        private volatile String error;
        private volatile Instant started;
        private volatile Instant finished;

        private void fail(String message) {
            error = message;
        }

        private void begin() {
            started = Instant.now();
        }

        private void finish() {
            finished = Instant.now();
            done = true;
        }

        /** Seconds since the work began (0 while it waits its turn), up to when it finished. */
        public long getSeconds() {
            Instant from = started;
            if (from == null) {
                return 0;
            }
            Instant to = finished;
            return Duration.between(from, to == null ? Instant.now() : to).toSeconds();
        }

        /** How long the work took, once it has finished; empty before. */
        Optional<Duration> took() {
            Instant from = started;
            Instant to = finished;
            return from == null || to == null ? Optional.empty() : Optional.of(Duration.between(from, to));
        }

        void at(String stage, int percent) {
            this.stage = stage;
            this.percent = percent;
        }

        public String getId() {
            return id;
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
    }

    private final Map<String, J> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor;
    private final String failed;
    private final String missing;

    /**
     * @param failed  the start of the message for an unexpected failure: 考核未完成
     * @param missing the message for a job that is not (or no longer) known
     */
    BackgroundJobs(String thread, String failed, String missing) {
        this.failed = failed;
        this.missing = missing;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, thread);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the work in the background; an error the user can act on (in Chinese) becomes the job's error. */
    J start(J job, Consumer<J> work) {
        return start(job, work, finished -> {
        });
    }

    /**
     * Runs the work in the background, then, when it succeeded, {@code succeeded} with the finished job
     * (its {@link Job#took()} known): to remember what the work took.
     */
    J start(J job, Consumer<J> work, Consumer<J> succeeded) {
        jobs.put(job.getId(), job);
        executor.submit(() -> {
            boolean ok = false;
            try {
                ((Job) job).begin();
                work.accept(job);
                ok = true;
            } catch (IllegalArgumentException | IllegalStateException | RulesetException e) {
                ((Job) job).fail(e.getMessage());
            } catch (RuntimeException e) {
                LOG.error(failed, e);
                ((Job) job).fail(failed + "：" + e.getMessage());
            } finally {
                ((Job) job).finish();
            }
            if (ok) {
                succeeded.accept(job);
            }
        });
        return job;
    }

    /** The job, if this kind of work knows it (it may be another kind's). */
    Optional<J> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    J get(String id) {
        J job = jobs.get(id);
        if (job == null) {
            throw new IllegalArgumentException(missing);
        }
        return job;
    }

    void stop() {
        executor.shutdownNow();
    }
}
