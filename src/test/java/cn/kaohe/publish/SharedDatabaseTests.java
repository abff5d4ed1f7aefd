package cn.kaohe.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import cn.kaohe.KaoheApplication;
import cn.kaohe.rules.LiveRuleset;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.web.CopiedRules;

/**
 * Two application instances on one database: what one publishes, the other serves as soon as it
 * looks at the publication record (every few seconds in a running server), without a restart, and
 * a rollback on one is followed by the other too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.datasource.url=jdbc:h2:mem:shared-publications;DB_CLOSE_DELAY=-1", "kaohe.samples-dir=no-samples"})
@ContextConfiguration(initializers = CopiedRules.class)
class SharedDatabaseTests {

    @Autowired
    Candidates candidates;
    @Autowired
    Publisher publisher;
    @Autowired
    LiveRuleset live;

    @Test
    void anotherInstanceServesWhatOnePublishedAndFollowsItsRollback() {
        Path otherRules = Path.of("target", "test-rules", "second-instance", "rules");
        CopiedRules.copy(Path.of("rules"), otherRules);
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(KaoheApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:mem:shared-publications;DB_CLOSE_DELAY=-1", "--kaohe.samples-dir=no-samples",
                        "--kaohe.rules-dir=" + otherRules, "--spring.main.banner-mode=off")) {
            LiveRuleset otherLive = other.getBean(LiveRuleset.class);
            String original = live.current().version();
            List<Ruleset.RuleFile> edited = new ArrayList<>();
            for (Ruleset.RuleFile f : live.current().files()) {
                edited.add(f.path().equals("common/warnings.drl") ? new Ruleset.RuleFile(f.path(), "// 已复核\n" + f.content()) : f);
            }
            Candidate candidate = candidates.propose("测试修改", edited, "zhengce");
            assertThat(candidate.publishable()).as(candidate.report().summary()).isTrue();
            publisher.publish(candidate.id(), "zhengce");

            assertThat(other.getBean(Publisher.class).followDatabase()).isTrue();
            assertThat(otherLive.current().hash()).isEqualTo(live.current().hash()).isNotEqualTo(original);

            publisher.rollback(original, "zhengce");

            assertThat(other.getBean(Publisher.class).followDatabase()).isTrue();
            assertThat(otherLive.current().version()).isEqualTo(original);
            assertThat(other.getBean(Publisher.class).followDatabase()).as("nothing new to follow").isFalse();
        }
    }
}
