package cn.kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kaohe rules check} as policy staff run it on a copy of the rules they are editing. */
class RulesCheckCommandTests {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run check(Path rules, String... more) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("rules", "check", rules.toString(), "--features", "features"), Stream.of(more))
                .toArray(String[]::new);
        int exit = KaoheCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path copyOfRules() throws IOException {
        Path copy = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(Path.of("rules").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void theShippedRulesPassWithEveryRuleCovered() {
        Run run = check(Path.of("rules"), "--coverage");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("编译通过", "全部通过，每条规则都有场景覆盖",
                "2023年河津开发区规上工业增加值增速省定目标为15%（", "features/industrial/targets-2023.feature:");
    }

    @Test
    void aBrokenDrlFileIsNamedWithItsLineAndNothingRuns() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("common/broken.drl"), """
                package common;
                import cn.kaohe.rules.facts.Result;

                rule "写错字段名的规则"
                when
                    $r : Result( achieved > 3 )
                then
                end
                """, StandardCharsets.UTF_8);

        Run run = check(rules);

        assertThat(run.exit()).isEqualTo(KaoheCommand.BAD_RULES);
        assertThat(run.err()).contains("规则编译失败，共1处错误", "common/broken.drl 第6行", "“Result”没有“achieved”这个字段");
    }

    @Test
    void anErrorInADecisionTableNamesTheSpreadsheetRow() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("industrial/targets-2023.drl.csv"), "省定目标为16%,2023,河津开发区", "省定目标为16%,2023年,河津开发区");

        Run run = check(rules);

        assertThat(run.exit()).isEqualTo(KaoheCommand.BAD_RULES);
        assertThat(run.err()).contains("industrial/targets-2023.drl.csv 第21行：语法错误");
    }

    @Test
    void aChangedTargetFailsTheScenarioThatStatesIt() throws IOException {
        Path rules = copyOfRules();
        edit(rules.resolve("agricultural/targets-2023.dslr"), "省定年度目标为2亿元", "省定年度目标为3亿元");

        Run run = check(rules);

        assertThat(run.exit()).isEqualTo(KaoheCommand.BAD_RULES);
        assertThat(run.err()).contains("个失败", "features/agricultural/targets-2023.feature 第");
    }

    @Test
    void aRuleNoScenarioExercisesIsReported() throws IOException {
        Path rules = copyOfRules();
        Files.writeString(rules.resolve("common/unexercised.drl"), """
                package common;
                import cn.kaohe.rules.facts.Result;

                rule "没有场景的规则"
                when
                    Result( actual != null, actual > 100000 )
                then
                end
                """, StandardCharsets.UTF_8);

        Run run = check(rules);

        assertThat(run.exit()).isEqualTo(KaoheCommand.BAD_RULES);
        assertThat(run.err()).contains("1条规则没有任何场景覆盖", "common/unexercised.drl：规则“没有场景的规则”没有任何场景覆盖");
    }
}
