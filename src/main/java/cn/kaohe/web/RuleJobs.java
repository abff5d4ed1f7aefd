package cn.kaohe.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.kaohe.rulebook.CheckProgress;
import cn.kaohe.rules.RulesetException;

/**
 * Checking a candidate ruleset (compile, every scenario) takes a dozen seconds: the pages run it in the
 * background and show its progress, then open where the work leads (the candidate, or the rules page).
 * Kept in memory, one at a time.
 */
@ConditionalOnWebApplication
@Component
class RuleJobs {

    private static final Logger LOG = LoggerFactory.getLogger(RuleJobs.class);

    /** Where finished work leads, and what to tell the user there. */
    record Done(String next, String message) {
    }

    static final class Job {

        private final String id = UUID.randomUUID().toString();
        private final String title;
        private volatile String stage = "排队等候";
        private volatile int percent;
        private volatile boolean done;
        private volatile String error;
        private volatile String next;

        Job(String title) {
            this.title = title;
        }

        public String getId() {
            return id;
        }

        public String getTitle() {
            return title;
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

        public String getNext() {
            return next;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("job", id);
            m.put("title", title);
            m.put("stage", stage);
            m.put("percent", percent);
            m.put("done", done);
            m.put("error", error);
            m.put("next", next);
            return m;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rule-check");
        t.setDaemon(true);
        return t;
    });

    Job start(String title, Function<CheckProgress, Done> work) {
        Job job = new Job(title);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                Done done = work.apply((stage, percent) -> {
                    job.stage = stage;
                    job.percent = percent;
                });
                job.stage = done.message() == null ? "完成" : done.message();
                job.percent = 100;
                job.next = done.next();
            } catch (IllegalArgumentException | IllegalStateException | RulesetException e) {
                job.error = e.getMessage();
            } catch (RuntimeException e) {
                LOG.error("规则检查未完成", e);
                job.error = "检查未完成：" + e.getMessage();
            } finally {
                job.done = true;
            }
        });
        return job;
    }

    Job get(String id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new IllegalArgumentException("没有这个检查任务（可能已过期，或服务已重启）");
        }
        return job;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
