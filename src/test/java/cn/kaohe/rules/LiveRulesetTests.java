package cn.kaohe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;


/**
 * Swapping the live ruleset: an evaluation that started keeps its ruleset to the end, and a replaced
 * ruleset's Drools module is released once nothing uses it (else every reload would stay in memory).
 */
class LiveRulesetTests {

    private static List<Ruleset.RuleFile> files;

    @BeforeAll
    static void read() {
        files = RulesetLoader.read(Path.of("rules"));
    }

    private static boolean held(Ruleset r) {
        return KieServices.get().getRepository().getKieModule(r.releaseId()) != null;
    }

    @Test
    void anEvaluationStartedBeforeASwapFinishesOnItsRulesetWhichIsReleasedAfterwards() {
        Ruleset first = RulesetLoader.build("第一版", files);
        Ruleset second = RulesetLoader.build("第二版", files);
        try (LiveRuleset live = new LiveRuleset(Path.of("rules"), first)) {
            LiveRuleset.Lease running = live.lease();

            live.swap(second);

            assertThat(live.current()).isSameAs(second);
            assertThat(running.ruleset()).isSameAs(first);
            assertThat(held(first)).as("still in use by the running evaluation").isTrue();
            RuleEngine.Outcome outcome = RuleEngine.run(running.ruleset(), List.of(), List.of());
            assertThat(outcome.firedRules()).as("the running evaluation can still fire its rules").isNotEmpty();

            running.close();

            assertThat(held(first)).as("released when the evaluation finished").isFalse();
            assertThat(held(second)).isTrue();
        }
        assertThat(held(second)).as("released when the application stops").isFalse();
    }

    @Test
    void aRulesetNobodyUsesIsReleasedAtTheSwap() {
        Ruleset first = RulesetLoader.build("第一版", files);
        Ruleset second = RulesetLoader.build("第二版", files);
        try (LiveRuleset live = new LiveRuleset(Path.of("rules"), first)) {
            live.swap(second);

            assertThat(held(first)).isFalse();
            try (LiveRuleset.Lease lease = live.lease()) {
                assertThat(lease.ruleset()).isSameAs(second);
            }
            assertThat(held(second)).as("the live ruleset stays after its lease is returned").isTrue();
        }
    }
}
