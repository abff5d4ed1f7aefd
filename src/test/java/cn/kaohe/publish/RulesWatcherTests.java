package cn.kaohe.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import cn.kaohe.audit.AuditLog;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.web.CopiedRules;

/**
 * The running application watches its rules directory: a saved edit is checked and published with
 * nobody pressing anything, and a broken file dropped in is refused while the old rules keep serving.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:rules-watcher;DB_CLOSE_DELAY=-1", "kaohe.samples-dir=no-samples",
        "kaohe.watch-quiet-millis=300"})
@ContextConfiguration(initializers = CopiedRules.class)
class RulesWatcherTests {

    @Autowired
    LiveRuleset live;
    @Autowired
    AuditLog audit;

    private void awaitChange(String from) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (live.current().version().equals(from) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
    }

    private void awaitAudit(String action) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (audit.latest(3).stream().noneMatch(e -> e.getAction().equals(action)) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
    }

    @Test
    void aSavedEditIsPublishedAndABrokenFileIsRefusedWhileTheOldRulesServe() throws Exception {
        String original = live.current().version();
        Path warnings = live.dir().resolve("common/warnings.drl");
        String text = Files.readString(warnings, StandardCharsets.UTF_8);
        Files.writeString(warnings, text.replace("// 预警：", "// 预警（自动发布）："), StandardCharsets.UTF_8);

        awaitChange(original);

        String published = live.current().version();
        assertThat(published).as("published by the watcher").isNotEqualTo(original);
        assertThat(audit.latest(3)).anyMatch(e -> e.getUsername().equals("文件监视") && e.getAction().equals(AuditLog.RULES_PUBLISH));

        Files.writeString(live.dir().resolve("common/broken.drl"), "package common;\nrule \"半截规则\"\nwhen\n    Result( \nthen\nend\n",
                StandardCharsets.UTF_8);
        awaitAudit(AuditLog.RULES_REFUSED);

        assertThat(live.current().version()).as("the published rules keep serving").isEqualTo(published);
        assertThat(audit.latest(3)).anyMatch(e -> e.getAction().equals(AuditLog.RULES_REFUSED) && e.getDetail().contains("common/broken.drl"));
    }
}
