package cn.kaohe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rulebook.CheckReport;
import cn.kaohe.rulebook.RulesetCheck;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/**
 * A target edited in a table must be publishable: the candidate made from the edited table passes
 * the whole check (compile, every feature, every rule covered), because the features read the
 * targets from the table under check instead of repeating its numbers.
 */
@DisplayName("改过目标值的目标表仍能通过规则检查")
class TargetTablesCheckTests {

    static final String PATH = "industrial/targets-2023.drl.csv";

    static List<Ruleset.RuleFile> edited(UnaryOperator<List<TargetRow>> edit) {
        List<Ruleset.RuleFile> files = RulesetLoader.read(Path.of("rules"));
        TargetTable table = TargetTables.read(files, PATH);
        return TargetTables.replace(files, PATH, table.withRows(edit.apply(table.rows())).text(IndicatorCatalog.standard()));
    }

    @Test
    @DisplayName("河津开发区的规上工业增加值增速目标由15%改为14%：编译、全部场景、覆盖都通过")
    void hejinAt14PercentPasses() {
        List<Ruleset.RuleFile> files = edited(rows -> rows.stream()
                .map(r -> r.zone().equals("河津开发区") && r.indicator().equals("规上工业增加值增速") ? r.withValue(new BigDecimal("14")) : r)
                .toList());
        assertThat(files.stream().filter(f -> f.path().equals(PATH)).findFirst().orElseThrow().content())
                .contains("2023年河津开发区规上工业增加值增速省定目标为14%,2023,河津开发区,规上工业增加值增速,14");

        RulesetCheck.Checked checked = new RulesetCheck(Path.of("features"), ZoneRegistry.load(Path.of("data/zones.csv")),
                IndicatorCatalog.standard()).check("目标表", files);
        try {
            CheckReport report = checked.report();
            assertThat(report.problems()).as(report.summary()).isEmpty();
            assertThat(report.passed()).isTrue();
            assertThat(report.coverage()).containsKey("2023年河津开发区规上工业增加值增速省定目标为14%")
                    .doesNotContainKey("2023年河津开发区规上工业增加值增速省定目标为15%");
        } finally {
            checked.ruleset().close();
        }
    }

    @Test
    @DisplayName("删去全部个别开发区目标后，目标表仍能编译，其中没有个别目标的规则")
    void aTableWithoutExceptionsCompiles() {
        List<Ruleset.RuleFile> files = edited(rows -> rows.stream().filter(r -> r.kind() != TargetKind.ZONE).toList());
        try (Ruleset ruleset = RulesetLoader.build("目标表", files)) {
            assertThat(ruleset.ruleFiles()).containsKey("2023年工业类开发区规上工业增加值增速省定目标为16%")
                    .doesNotContainKey("2023年河津开发区规上工业增加值增速省定目标为15%")
                    .allSatisfy((rule, file) -> assertThat(rule).doesNotContain("个别开发区"));
        }
    }
}
