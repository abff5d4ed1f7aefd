package cn.kaohe.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import cn.kaohe.rulebook.CheckHistory;
import cn.kaohe.rulebook.CheckProgress;

/**
 * Long rule work started from a page runs in the background and the page shows its progress: checking a
 * ruleset (compile, every scenario), then opening where the work leads (the candidate, the rules page, the
 * rulebook); and a candidate's what-if over stored periods, on its own thread so that it does not wait
 * behind a check. A page that would otherwise guess a duration quotes the last one measured here.
 */
@ConditionalOnWebApplication
@Component
class RuleJobs {

    /** Where finished work leads, and what to tell the user there. */
    record Done(String next, String message) {
    }

    static final class Job extends BackgroundJobs.Job {

        private final String title;
        private final String measured;
        private final String menu;
        private volatile String next;

        /**
         * @param measured what the same work took last time on this instance (上次检查用时 8.4 秒（…）), null when unknown
         * @param menu     the menu entry the progress page belongs to: rules or rulebook
         */
        Job(String title, String measured, String menu) {
            this.title = title;
            this.measured = measured;
            this.menu = menu;
        }

        public String getTitle() {
            return title;
        }

        public String getMeasured() {
            return measured;
        }

        public String getMenu() {
            return menu;
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
            m.put("seconds", getSeconds());
            m.put("measured", measured);
            m.put("done", isDone());
            m.put("error", getError());
            m.put("next", next);
            return m;
        }
    }

    private final BackgroundJobs<Job> checks = new BackgroundJobs<>("rule-check", "检查未完成", "没有这个检查任务（可能已过期，或服务已重启）");
    private final BackgroundJobs<Job> comparisons = new BackgroundJobs<>("rule-impact", "影响预览未完成", "没有这个影响预览任务（可能已过期，或服务已重启）");
    private final Map<String, Job> comparing = new ConcurrentHashMap<>();
    private final CheckHistory history;

    RuleJobs(CheckHistory history) {
        this.history = history;
    }

    /** A check (or work that checks, such as 重新加载) whose progress page belongs to the rules menu. */
    Job start(String title, Function<CheckProgress, Done> work) {
        return start(title, "rules", work);
    }

    /** A check, quoting the last check's measured duration on its progress page. */
    Job start(String title, String menu, Function<CheckProgress, Done> work) {
        return run(checks, new Job(title, history.lastDuration().orElse(null), menu), work);
    }

    /**
     * A candidate's what-if, started once per key: while the same comparison is still running, asking again
     * returns that job instead of starting another.
     *
     * @param measured what the last comparison took, null when none has run
     */
    Job compareOnce(String key, String title, String measured, Function<CheckProgress, Done> work) {
        synchronized (comparing) {
            Job running = comparing.get(key);
            if (running != null && !running.isDone()) {
                return running;
            }
            Job job = new Job(title, measured, "rules");
            comparing.put(key, job);
            comparing.values().removeIf(j -> j.isDone());
            return run(comparisons, job, work);
        }
    }

    private Job run(BackgroundJobs<Job> on, Job job, Function<CheckProgress, Done> work) {
        return on.start(job, j -> {
            Done done = work.apply(j::at);
            j.at(done.message() == null ? "完成" : done.message(), 100);
            j.next = done.next();
        });
    }

    Job get(String id) {
        return comparisons.find(id).orElseGet(() -> checks.get(id));
    }

    @PreDestroy
    void stop() {
        checks.stop();
        comparisons.stop();
    }
}
