package cn.kaohe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesetLoaderTests {

    @TempDir
    Path dir;

    @Test
    void theShippedRulesCompileAndEachRuleKnowsItsFile() {
        try (Ruleset rules = RulesetLoader.load(Path.of("rules"))) {
            assertThat(rules.ruleFiles())
                    .containsEntry("2023年河津开发区规上工业增加值增速省定目标为15%", "industrial/targets-2023.drl.csv")
                    .containsEntry("实际值低于目标值的，判定为未达标", "common/judging.drl");
            assertThat(rules.hash()).hasSize(64);
        }
    }

    @Test
    void theVersionIsTheHashOfTheFilesSoItChangesOnlyWhenARuleFileDoes() throws IOException {
        copyShippedRules();
        String first;
        try (Ruleset rules = RulesetLoader.load(dir)) {
            first = rules.hash();
        }
        Files.writeString(dir.resolve("README.md"), "说明文字不是规则", StandardCharsets.UTF_8);
        try (Ruleset rules = RulesetLoader.load(dir)) {
            assertThat(rules.hash()).isEqualTo(first);
        }
        replace("industrial/targets-2023.drl.csv", "河津开发区,规上工业增加值增速,15", "河津开发区,规上工业增加值增速,14");
        try (Ruleset rules = RulesetLoader.load(dir)) {
            assertThat(rules.hash()).isNotEqualTo(first);
        }
    }

    @Test
    void aCompileErrorInADrlFileNamesTheFileAndLine() throws IOException {
        copyShippedRules();
        Path judging = dir.resolve("common/judging.drl");
        List<String> lines = Files.readAllLines(judging, StandardCharsets.UTF_8);
        int line = lines.indexOf("    $t : Target( actual >= value, $s : subject, $i : indicator )") + 1;
        assertThat(line).isPositive();
        replace("common/judging.drl", "Target( actual >= value,", "Target( actaul >= value,");
        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("规则编译失败")
                .hasMessageContaining("common/judging.drl 第" + line + "行");
    }

    @Test
    void aCompileErrorInADecisionTableNamesTheSpreadsheetLineNotTheGeneratedDrl() throws IOException {
        copyShippedRules();
        Path table = dir.resolve("industrial/targets-2023.drl.csv");
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        int line = 1 + lines.indexOf(lines.stream().filter(l -> l.startsWith("2023年河津开发区工业投资增速")).findFirst().orElseThrow());
        replace("industrial/targets-2023.drl.csv", "为16%,2023,河津开发区", "为16%,二〇二三,河津开发区");
        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("industrial/targets-2023.drl.csv 第" + line + "行");
    }

    @Test
    void aDecisionTableSavedAsGbkByExcelReadsTheSame() throws IOException {
        copyShippedRules();
        String hash;
        try (Ruleset rules = RulesetLoader.load(dir)) {
            hash = rules.hash();
        }
        Path table = dir.resolve("industrial/targets-2023.drl.csv");
        Files.write(table, Files.readString(table, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));
        try (Ruleset rules = RulesetLoader.load(dir)) {
            assertThat(rules.hash()).isEqualTo(hash);
            assertThat(rules.ruleFiles()).containsKey("2023年河津开发区规上工业增加值增速省定目标为15%");
        }
    }

    @Test
    void aRuleFileThatYieldsNoRulesIsAnError() throws IOException {
        copyShippedRules();
        Files.writeString(dir.resolve("industrial/empty.drl"), "package industrial;\n// 规则还没写\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("industrial/empty.drl：这个文件没有产生任何规则");
    }

    @Test
    void aPlainCsvIsRefusedRatherThanSkippedSilently() throws IOException {
        copyShippedRules();
        Files.writeString(dir.resolve("industrial/targets.csv"), "年度,指标,目标值\n2024,规上工业增加值增速,15\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class)
                .hasMessageContaining("industrial/targets.csv")
                .hasMessageContaining("*.drl.csv");
    }

    @Test
    void aMissingOrEmptyDirectoryIsAnError() {
        assertThatThrownBy(() -> RulesetLoader.load(dir.resolve("nowhere")))
                .isInstanceOf(RulesetException.class).hasMessageContaining("规则目录不存在");
        assertThatThrownBy(() -> RulesetLoader.load(dir))
                .isInstanceOf(RulesetException.class).hasMessageContaining("没有规则文件");
    }

    private void copyShippedRules() throws IOException {
        Path source = Path.of("rules");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = dir.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
