package cn.kaohe.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.zone.ZoneRegistry;

@DisplayName("目标表：读写与检查")
class TargetTableTests {

    static final String PATH = "industrial/targets-2023.drl.csv";
    static final IndicatorCatalog INDICATORS = IndicatorCatalog.standard();
    static final ZoneRegistry ZONES = ZoneRegistry.load(Path.of("data/zones.csv"));

    static String shipped;
    static TargetTable table;

    @BeforeAll
    static void readShippedTable() throws IOException {
        shipped = Files.readString(Path.of("rules", PATH));
        table = TargetTable.read(PATH, shipped);
    }

    static List<TargetEntry> entries(TargetTable t) {
        List<TargetEntry> list = new ArrayList<>();
        t.rows().forEach(r -> list.add(TargetEntry.of(list.size() + 1, r, ZONES)));
        return list;
    }

    static TargetTableCheck.Result check(List<TargetEntry> entries) {
        return new TargetTableCheck(ZONES, INDICATORS).check(table, entries);
    }

    static TargetEntry entry(int row, String kind, String year, String type, String zone, String indicator, String value) {
        return new TargetEntry(row, kind, year, type, zone, indicator, value);
    }

    @Test
    @DisplayName("读出三类目标的全部十行")
    void readsTheShippedTable() {
        assertThat(table.kinds()).containsExactlyInAnyOrder(TargetKind.values());
        assertThat(table.rows()).hasSize(10);
        assertThat(table.rows()).contains(TargetRow.general(2023, "工业类", "规上工业增加值增速", new BigDecimal("16")),
                TargetRow.forZone(2023, "河津开发区", "规上工业增加值增速", new BigDecimal("15")),
                TargetRow.example(2023, "工业类", "产出强度", new BigDecimal("30")));
        assertThat(table.year()).hasValue(2023);
        assertThat(table.title(TargetKind.ZONE)).isEqualTo("2023年省定目标（个别开发区）");
    }

    @Test
    @DisplayName("不改动的目标表写回后与原文件逐字相同（换行符除外）")
    void roundTripsByteForByte() {
        assertThat(table.text(INDICATORS)).isEqualTo(shipped);
        String crlf = shipped.replace("\r\n", "\n").replace("\n", "\r\n");
        assertThat(TargetTable.read(PATH, crlf).text(INDICATORS)).isEqualTo(crlf);
    }

    @Test
    @DisplayName("规则名称按原有写法由各格生成：16%、15%、30万元/亩、80分")
    void ruleNamesFollowTheWording() {
        assertThat(table.rows().stream().map(r -> r.ruleName(TargetTable.unit(INDICATORS, r.indicator()))))
                .contains("2023年工业类开发区规上工业增加值增速省定目标为16%", "2023年河津开发区规上工业增加值增速省定目标为15%",
                        "2023年工业类开发区产出强度示例目标为30万元/亩", "2023年工业类开发区党建示例目标为80分");
        assertThat(TargetRow.forZone(2023, "河津开发区", "规上工业增加值增速", new BigDecimal("14.50")).ruleName("%"))
                .isEqualTo("2023年河津开发区规上工业增加值增速省定目标为14.5%");
    }

    @Test
    @DisplayName("改一个值：只有那一行和它的规则名称变了")
    void anEditedValueChangesOneLine() {
        List<TargetRow> rows = table.rows().stream()
                .map(r -> r.zone().equals("河津开发区") && r.indicator().equals("规上工业增加值增速") ? r.withValue(new BigDecimal("14")) : r)
                .toList();
        String text = table.withRows(rows).text(INDICATORS);
        assertThat(text).isEqualTo(shipped.replace("2023年河津开发区规上工业增加值增速省定目标为15%,2023,河津开发区,规上工业增加值增速,15",
                "2023年河津开发区规上工业增加值增速省定目标为14%,2023,河津开发区,规上工业增加值增速,14"));
    }

    @Test
    @DisplayName("删去全部个别开发区目标后，表头仍在，读回来没有个别目标")
    void aTableMayBeEmptied() {
        List<TargetRow> rows = table.rows().stream().filter(r -> r.kind() != TargetKind.ZONE).toList();
        String text = table.withRows(rows).text(INDICATORS);
        assertThat(text).contains("RuleTable 2023年省定目标（个别开发区）").doesNotContain("河津");
        assertThat(TargetTable.read(PATH, text).rows()).hasSize(7);
        assertThat(TargetTable.read(PATH, text).text(INDICATORS)).isEqualTo(text);
    }

    @Test
    @DisplayName("不是目标表的文件被拒绝，并指出行号")
    void refusesOtherTables() throws IOException {
        String weights = Files.readString(Path.of("rules/industrial/scoring-weights.drl.csv"));
        assertThatThrownBy(() -> TargetTable.read("industrial/scoring-weights.drl.csv", weights))
                .hasMessageContaining("不是省定目标或示例目标表");
        assertThatThrownBy(() -> TargetTables.read(List.of(), "common/judging.drl")).hasMessageContaining("不是可以在网页上修改的目标表");
    }

    @Test
    @DisplayName("现行目标表通过检查；别名写成登记名称")
    void theShippedTablePasses() {
        TargetTableCheck.Result result = check(entries(table));
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).isEqualTo(table.rows());

        List<TargetEntry> aliases = new ArrayList<>(entries(table));
        aliases.set(3, entry(4, "个别", "2023", "", "河津经开区", "规模以上工业增加值增速", "15%"));
        assertThat(check(aliases).rows().get(3)).isEqualTo(TargetRow.forZone(2023, "河津开发区", "规上工业增加值增速", new BigDecimal("15")));
    }

    @Test
    @DisplayName("每一处问题都指出行和列")
    void everyProblemNamesItsRowAndColumn() {
        List<TargetEntry> rows = new ArrayList<>(entries(table));
        rows.add(entry(11, "", "", "", "", "", ""));
        rows.add(entry(12, "通用", "二〇二三", "工业类", "", "规上工业增加值增速", "十五"));
        rows.add(entry(13, "省定个别", "2023", "", "运城市工业类开发区", "工业投资增速", "16"));
        rows.add(entry(14, "省定个别", "2023", "", "万荣农业示范区", "工业投资增速", "16"));
        rows.add(entry(15, "省定个别", "2023", "", "河津开区", "工业投资增速", ""));
        rows.add(entry(16, "其他", "1999", "农业示范区", "", "党健", "5"));
        rows.add(entry(17, "示例", "2024", "高新类", "", "转型项目投资占比", "120"));
        rows.add(entry(18, "省定通用", "2023", "工业类", "河津开发区", "党建", "-1"));

        List<String> problems = check(rows).problems().stream().map(p -> p.describe("目标表")).toList();

        assertThat(problems).containsExactly(
                "目标表 第12行“年度”列：“二〇二三”不是年份（应为四位数字，如2023）",
                "目标表 第12行“目标值”列：“十五”不是数字",
                "目标表 第13行“开发区”列：“运城市工业类开发区”是合计，不是开发区，不能单独定目标",
                "目标表 第14行“开发区”列：“万荣农业示范区”是农业示范区，本表的目标不适用于它（本表只适用于工业类开发区）",
                "目标表 第15行“开发区”列：没有名为“河津开区”的开发区，是否是“河津开发区”？",
                "目标表 第15行“目标值”列：不能为空",
                "目标表 第16行“类别”列：“其他”不是有效的类别，应为省定通用、省定个别或示例",
                "目标表 第16行“年度”列：1999不在2000到2100之间",
                "目标表 第16行“指标”列：没有名为“党健”的指标，是否是“党建”？",
                "目标表 第17行“年度”列：本表是2023年的目标表，年度应为2023",
                "目标表 第17行“开发区类型”列：没有“高新类”这种开发区类型（本表只适用于工业类开发区）",
                "目标表 第17行“目标值”列：120%超出范围：转型项目投资占比应在0%到100%之间",
                "目标表 第18行“开发区”列：同类开发区通用的目标不填开发区；要给“河津开发区”单独定目标，请把类别改为“省定个别”",
                "目标表 第18行“目标值”列：-1分超出范围：党建不能为负数");
    }

    @Test
    @DisplayName("同一年度、类型、指标只能有一个通用目标；省定通用和示例合起来算")
    void oneDefaultPerYearTypeAndIndicator() {
        List<TargetEntry> rows = new ArrayList<>(entries(table));
        rows.add(entry(11, "省定通用", "2023", "工业类", "", "规上工业增加值增速", "17"));
        rows.add(entry(12, "省定通用", "2023", "工业类开发区", "", "党建", "85"));

        assertThat(check(rows).problems()).extracting(TargetProblem::toString).containsExactly(
                "第11行：与第1行重复：2023年工业类开发区的规上工业增加值增速已有同类开发区通用目标（省定通用和示例合起来只能有一个）",
                "第12行：与第10行重复：2023年工业类开发区的党建已有同类开发区通用目标（省定通用和示例合起来只能有一个）");
    }

    @Test
    @DisplayName("同一开发区同一指标的个别目标不能重叠，且须有通用目标")
    void exceptionsDoNotOverlapAndHaveADefault() {
        List<TargetEntry> rows = new ArrayList<>(entries(table));
        rows.add(entry(11, "省定个别", "2023", "工业类", "河津经济技术开发区", "规上工业增加值增速", "14"));
        rows.add(entry(12, "省定个别", "2023", "", "新绛开发区", "产出强度", "20"));
        rows.removeIf(e -> e.row() == 9);
        rows.add(entry(13, "省定个别", "2023", "", "襄垣经开区", "产出强度", "20"));
        rows.removeIf(e -> e.indicator().equals("工业投资增速") && e.kind().equals("省定通用"));

        assertThat(check(rows).problems()).extracting(TargetProblem::toString).containsExactly(
                "第5行：没有2023年工业类开发区工业投资增速的通用目标；个别开发区的目标须有对应的同类开发区通用目标（省定通用或示例）",
                "第11行：与第4行重复：2023年河津开发区的规上工业增加值增速已有个别开发区目标",
                "第12行：没有2023年工业类开发区产出强度的通用目标；个别开发区的目标须有对应的同类开发区通用目标（省定通用或示例）",
                "第13行：没有2023年工业类开发区产出强度的通用目标；个别开发区的目标须有对应的同类开发区通用目标（省定通用或示例）");
    }

    @Test
    @DisplayName("空表不能提交")
    void anEmptyTableIsRefused() {
        assertThat(check(List.of(entry(1, "", "", "", "", "", ""))).problems()).extracting(TargetProblem::toString)
                .containsExactly("目标表中没有任何目标");
    }
}
