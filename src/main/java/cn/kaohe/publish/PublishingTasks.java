package cn.kaohe.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import cn.kaohe.rulebook.CheckHistory;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.LiveRuleset;

/**
 * The server's side of publishing: at start-up it settles which ruleset is live (the database's
 * publication or the changed directory), checks the live ruleset in the background for the rulebook
 * (unless {@code kaohe.check-at-start=false}),
 * and keeps following the newest publication so that all instances sharing a database serve the same
 * rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class PublishingTasks {

    private static final Logger LOG = LoggerFactory.getLogger(PublishingTasks.class);

    private final Publisher publisher;
    private final LiveRuleset live;
    private final RulesetCheck check;
    private final CheckHistory history;

    private final boolean checkAtStart;

    PublishingTasks(Publisher publisher, LiveRuleset live, RulesetCheck check, CheckHistory history,
            @org.springframework.beans.factory.annotation.Value("${kaohe.check-at-start:true}") boolean checkAtStart) {
        this.checkAtStart = checkAtStart;
        this.publisher = publisher;
        this.live = live;
        this.check = check;
        this.history = history;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void atStart() {
        publisher.reconcileAtStart();
        if (!checkAtStart) {
            return;
        }
        Thread checking = new Thread(this::checkLive, "kaohe-check-live");
        checking.setDaemon(true);
        checking.start();
    }

    /** The rulebook shows the live ruleset's last check; a restart forgets it, so run it once. */
    private void checkLive() {
        try (LiveRuleset.Lease lease = live.lease()) {
            if (history.of(lease.ruleset().hash()).isEmpty()) {
                history.record(check.run(lease.ruleset()));
            }
        } catch (RuntimeException e) {
            LOG.warn("启动后检查在用规则未完成：{}", e.getMessage());
        }
    }

    @Scheduled(initialDelayString = "${kaohe.follow-seconds:10}", fixedDelayString = "${kaohe.follow-seconds:10}",
            timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void followDatabase() {
        try {
            publisher.followDatabase();
        } catch (RuntimeException e) {
            LOG.warn("读取数据库中的规则发布记录失败：{}", e.getMessage());
        }
    }
}
