package cn.kaohe.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.kaohe.rulebook.CheckProgress;

/**
 * Checking a candidate ruleset (compile, every scenario) takes a dozen seconds: the pages run it in the
 * background and show its progress, then open where the work leads (the candidate, or the rules page).
 */
@ConditionalOnWebApplication
@Component
class RuleJobs {

    /** Where finished work leads, and what to tell the user there. */
    record Done(String next, String message) {
    }

    static final class Job extends BackgroundJobs.Job {

        private final String title;
        private volatile String next;

        Job(String title) {
            this.title = title;
        }

        public String getTitle() {
            return title;
        }

        public String getNext() {
            return next;
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("job", getId());
            m.put("title", title);
            m.put("stage", getStage());
            m.put("percent", getPercent());
            m.put("done", isDone());
            m.put("error", getError());
            m.put("next", next);
            return m;
        }
    }

    private final BackgroundJobs<Job> jobs = new BackgroundJobs<>("rule-check", "检查未完成", "没有这个检查任务（可能已过期，或服务已重启）");

    Job start(String title, Function<CheckProgress, Done> work) {
        return jobs.start(new Job(title), job -> {
            Done done = work.apply(job::at);
            job.at(done.message() == null ? "完成" : done.message(), 100);
            job.next = done.next();
        });
    }

    Job get(String id) {
        return jobs.get(id);
    }

    @PreDestroy
    void stop() {
        jobs.stop();
    }
}
