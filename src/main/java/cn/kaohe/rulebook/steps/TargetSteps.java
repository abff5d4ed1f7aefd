package cn.kaohe.rulebook.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.cucumber.java.zh_cn.假如;
import io.cucumber.java.zh_cn.那么;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.targets.TargetKind;
import cn.kaohe.targets.TargetRow;
import cn.kaohe.targets.TargetTable;
import cn.kaohe.targets.TargetTables;
import cn.kaohe.zone.Zone;

/**
 * Targets read from the table under check rather than written in the feature: for each row of the
 * table, a figure is reported for a zone it applies to and the target, its basis (省定/示例) and the
 * rule are checked. A value changed in the table therefore still passes; a row whose rule name no
 * longer matches its cells, or an exception that does not win over its default, fails.
 */
public class TargetSteps {

    private final ScenarioState state;
    private TargetTable table;

    public TargetSteps(ScenarioState state) {
        this.state = state;
    }

    @假如("目标表为{名称}")
    public void table(String path) {
        table = TargetTables.read(Rulebook.current().rules().files(), path);
    }

    /**
     * The scenario's own 省定 targets, stated as the materials state them: 规上工业增加值增速16%（河津开发区15%），
     * 工业投资增速17%（河津开发区16%）. Its figures are evaluated as if the year's targets table said so
     * for these indicators.
     */
    @假如("按材料中的省定目标考核：{}")
    public void stated(String targets) {
        state.stated.state(TargetKind.GENERAL, targets);
    }

    /**
     * The 示例 targets the scenario's examples assume for indicators the materials give no target for:
     * 四上企业数增速10%，产出强度30万元/亩，党建80分. Adds to the 省定 targets the scenario states.
     */
    @假如("材料未给出省定目标的指标按示例目标考核：{}")
    public void statedExamples(String targets) {
        state.stated.state(TargetKind.EXAMPLE, targets);
    }

    /** A default (省定通用 or 示例) row: a zone of its type without an exception, and the city total of its type, get it. */
    @那么("目标表中每一条{名称}目标都用于同类开发区中没有个别目标的开发区，也用于全市同类开发区合计")
    public void defaults(String kindLabel) {
        TargetKind kind = TargetKind.of(kindLabel).filter(TargetKind::isDefault)
                .orElseThrow(() -> new AssertionError("类别应为“省定通用”或“示例”：" + kindLabel));
        List<TargetRow> rows = rows().stream().filter(r -> r.kind() == kind).toList();
        assertThat(rows).as("目标表中的“" + kindLabel + "”目标").isNotEmpty();
        for (TargetRow row : rows) {
            String zone = zoneWithoutException(row);
            String total = Rulebook.current().zones().zones().stream().filter(z -> z.type().equals(row.zoneType() + "合计")).map(Zone::name)
                    .findFirst().orElseThrow(() -> new AssertionError("开发区名录中没有" + row.zoneType() + "合计"));
            evaluate(row.year(), List.of(zone, total), row.indicator(), row.value());
            expect(zone, row, row, "达标");
            expect(total, row, row, "达标");
        }
    }

    /** An exception row: its zone gets it; another zone of the type, with the same figure, keeps the default. */
    @那么("目标表中每一条个别开发区目标都优先用于该开发区；同样的实际值，同类的其他开发区仍按通用目标判定")
    public void exceptions() {
        List<TargetRow> rows = rows().stream().filter(r -> r.kind() == TargetKind.ZONE).toList();
        for (TargetRow row : rows) {
            Zone zone = Rulebook.current().zones().find(row.zone()).orElseThrow(() -> new AssertionError("开发区名录中没有“" + row.zone() + "”"));
            TargetRow fallback = rows().stream()
                    .filter(d -> d.kind().isDefault() && d.year() == row.year() && d.zoneType().equals(zone.type()) && d.indicator().equals(row.indicator()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("“" + name(row) + "”没有对应的同类开发区通用目标"));
            String other = zoneWithoutException(fallback);
            evaluate(row.year(), List.of(zone.name(), other), row.indicator(), row.value());
            expect(zone.name(), row, row, "达标");
            expect(other, row, fallback, row.value().compareTo(fallback.value()) >= 0 ? "达标" : "未达标");
        }
    }

    /**
     * Each row applies only in its own year: reported for a zone it would apply to, in the period of
     * the year before and the year after, the result never rests on it (whatever other rows the table
     * has for those years).
     */
    @那么("目标表中的每一个目标都不用于它所写年度的前一年和后一年的考核")
    public void onlyInItsYear() {
        for (TargetRow row : rows()) {
            String zone = row.kind() == TargetKind.ZONE ? row.zone() : zoneWithoutException(row);
            for (int year : new int[] {row.year() - 1, row.year() + 1}) {
                evaluate(year, List.of(zone), row.indicator(), row.value());
                assertThat(state.evaluation.results()).as("“" + name(row) + "”不应用于" + state.period + "的“" + zone + "”")
                        .noneMatch(r -> r.rule() != null && r.rule().equals(name(row)));
            }
        }
    }

    private List<TargetRow> rows() {
        assertThat(table).as("先写明目标表：假如 目标表为“industrial/targets-2023.drl.csv”").isNotNull();
        return table.rows();
    }

    /** Reports the same value for each subject in the row's year and evaluates. */
    private void evaluate(int year, List<String> subjects, String indicator, BigDecimal value) {
        int at = state.period.indexOf('年');
        state.period = year + (at >= 0 ? state.period.substring(at) : "年1-6月");
        state.rows.clear();
        subjects.forEach(s -> state.report(s, indicator, TargetRow.plain(value), null));
        state.evaluate();
    }

    /** The subject's result has the target of {@code applies}, its basis and rule, and the verdict. */
    private void expect(String subject, TargetRow row, TargetRow applies, String verdict) {
        String what = "目标表中“" + name(row) + "”一行：“" + subject + "”的“" + row.indicator() + "”";
        Optional<Evaluation.IndicatorResult> found = state.evaluation.results().stream()
                .filter(r -> r.subject().equals(subject) && r.indicator().equals(row.indicator())).findFirst();
        assertThat(found).as(what + "应有考核结果").isPresent();
        Evaluation.IndicatorResult r = found.get();
        assertThat(r.target()).as(what + "的目标值").isEqualByComparingTo(applies.value());
        assertThat(r.basis()).as(what + "的目标性质").isEqualTo(applies.kind().basis());
        assertThat(r.rule()).as(what + "的目标依据").isEqualTo(name(applies));
        assertThat(r.passed() ? "达标" : "未达标").as(what + "的判定").isEqualTo(verdict);
    }

    /** The first registered zone of the row's type with no exception for the row's year and indicator. */
    private String zoneWithoutException(TargetRow row) {
        return Rulebook.current().zones().zones().stream()
                .filter(z -> z.type().equals(row.zoneType()))
                .map(Zone::name)
                .filter(z -> table.rows().stream().noneMatch(e -> e.kind() == TargetKind.ZONE && e.zone().equals(z) && e.year() == row.year()
                        && e.indicator().equals(row.indicator())))
                .findFirst()
                .orElseThrow(() -> new AssertionError("“" + name(row) + "”：每个" + row.scope() + "都另有个别目标，这一行不用于任何开发区"));
    }

    private static String name(TargetRow row) {
        return row.ruleName(TargetTable.unit(Rulebook.current().indicators(), row.indicator()));
    }
}
