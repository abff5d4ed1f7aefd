package cn.kaohe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * the whole check (compile, every feature, every rule covered), because targets-2023.feature reads
 * the targets from the table under check, row by row and year by year, and the examples that use the
 * materials' numbers state the targets they assume (按材料中的省定目标考核：…). A table whose rows
 * contradict themselves still fails.
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
    @DisplayName("工业类开发区规上工业增加值增速的省定目标由16%改为17%：引用材料数字的场景按材料中的目标考核，全部通过")
    void generalTargetAt17PercentPasses() {
        List<Ruleset.RuleFile> files = edited(rows -> rows.stream()
                .map(r -> r.kind() == TargetKind.GENERAL && r.indicator().equals("规上工业增加值增速") ? r.withValue(new BigDecimal("17")) : r)
                .toList());

        CheckReport report = passes(files);
        assertThat(report.coverage()).containsKey("2023年工业类开发区规上工业增加值增速省定目标为17%")
                .doesNotContainKey("2023年工业类开发区规上工业增加值增速省定目标为16%");
    }

    @Test
    @DisplayName("产出强度的示例目标由30万元/亩改为35万元/亩：全部通过")
    void exampleTargetAt35Passes() {
        List<Ruleset.RuleFile> files = edited(rows -> rows.stream()
                .map(r -> r.kind() == TargetKind.EXAMPLE && r.indicator().equals("产出强度") ? r.withValue(new BigDecimal("35")) : r)
                .toList());

        CheckReport report = passes(files);
        assertThat(report.coverage()).containsKey("2023年工业类开发区产出强度示例目标为35万元/亩");
    }

    @Test
    @DisplayName("删去全部个别开发区目标：依赖河津、运城开发区目标的例子按材料中的目标考核，全部通过")
    void withoutExceptionsPasses() {
        List<Ruleset.RuleFile> files = edited(rows -> rows.stream().filter(r -> r.kind() != TargetKind.ZONE).toList());

        CheckReport report = passes(files);
        assertThat(report.coverage()).doesNotContainKey("2023年河津开发区规上工业增加值增速省定目标为15%");
    }

    @Test
    @DisplayName("在同一目标表中加上2024年的目标（每一行2023年的目标都照抄为2024年，目标值不同）：全部通过，每一条2024年的目标都由目标表的场景覆盖")
    void nextYearsRowsPass() {
        List<Ruleset.RuleFile> files = edited(rows -> {
            List<TargetRow> both = new ArrayList<>(rows);
            rows.forEach(r -> both.add(new TargetRow(r.kind(), 2024, r.zoneType(), r.zone(), r.indicator(), r.value().add(BigDecimal.ONE))));
            return both;
        });
        List<String> next = TargetTables.read(files, PATH).rows().stream().filter(r -> r.year() == 2024)
                .map(r -> r.ruleName(TargetTable.unit(IndicatorCatalog.standard(), r.indicator()))).toList();
        assertThat(next).hasSize(10).contains("2024年工业类开发区规上工业增加值增速省定目标为17%", "2024年河津开发区规上工业增加值增速省定目标为16%",
                "2024年工业类开发区产出强度示例目标为31万元/亩");

        CheckReport report = passes(files);
        for (String rule : next) {
            assertThat(report.coverage()).as(rule).hasEntrySatisfying(rule,
                    scenarios -> assertThat(scenarios).anyMatch(s -> s.startsWith("features/industrial/targets-2023.feature:")));
        }
    }

    @Test
    @DisplayName("手工改了目标值、没有同步改规则名称的目标表不能发布：目标表的场景指出这一行")
    void aRuleNameThatNoLongerSaysItsValueFails() {
        String line = "2023年工业类开发区工业投资增速省定目标为17%,2023,工业类,工业投资增速,";
        List<Ruleset.RuleFile> files = RulesetLoader.read(Path.of("rules")).stream()
                .map(f -> f.path().equals(PATH) ? new Ruleset.RuleFile(PATH, f.content().replace(line + "17", line + "18")) : f)
                .toList();
        assertThat(files).anySatisfy(f -> assertThat(f.content()).contains(line + "18"));

        CheckReport report = check(files);
        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).as(report.summary()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.file()).isEqualTo("features/industrial/targets-2023.feature"))
                .anySatisfy(f -> assertThat(f.reason()).contains("目标依据", "2023年工业类开发区工业投资增速省定目标为17%",
                        "2023年工业类开发区工业投资增速省定目标为18%"));
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

    /** The whole check of the files, which must pass: every scenario, every rule covered. */
    static CheckReport passes(List<Ruleset.RuleFile> files) {
        CheckReport report = check(files);
        assertThat(report.problems()).as(report.summary()).isEmpty();
        assertThat(report.passed()).as(report.summary()).isTrue();
        return report;
    }

    /** The whole check of the files (compile, every feature, coverage); they must compile. */
    static CheckReport check(List<Ruleset.RuleFile> files) {
        RulesetCheck.Checked checked = new RulesetCheck(Path.of("features"), ZoneRegistry.load(Path.of("data/zones.csv")),
                IndicatorCatalog.standard()).check("目标表", files);
        assertThat(checked.ruleset()).as("编译通过：" + checked.report().problems()).isNotNull();
        try {
            return checked.report();
        } finally {
            checked.ruleset().close();
        }
    }
}
