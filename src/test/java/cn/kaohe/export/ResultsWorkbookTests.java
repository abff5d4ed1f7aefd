package cn.kaohe.export;

import static cn.kaohe.export.Sample.autoFilter;
import static cn.kaohe.export.Sample.fill;
import static cn.kaohe.export.Sample.row;
import static cn.kaohe.export.Sample.shown;
import static cn.kaohe.export.Sample.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.assessment.Evaluation;

@DisplayName("考核结果导出：数字是真数字，未达标标红、达标标绿，表头冻结可筛选")
class ResultsWorkbookTests {

    private static Evaluation evaluation;
    private static XSSFWorkbook wb;
    private static Sheet results;

    @BeforeAll
    static void export() {
        evaluation = Sample.evaluation();
        wb = Sample.open(Workbooks.results(evaluation));
        results = wb.getSheet("考核结果");
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
    }

    @Test
    void hasTheSheetsInOrder() {
        assertThat(Sample.sheetNames(wb)).containsExactly("考核结果", "总分排名", "预警", "安全风险等级");
    }

    @Test
    void titleNamesPeriodAndRulesetAboveTheHeader() {
        assertThat(shown(results.getRow(0).getCell(0)))
                .isEqualTo("2023年1-6月 开发区考核结果（规则版本 " + evaluation.ruleset().substring(0, 12) + "）");
        assertThat(results.getRow(0).getCell(0).getCellStyle().getAlignment()).as("in view beside frozen columns")
                .isEqualTo(HorizontalAlignment.LEFT);
        assertThat(results.getMergedRegion(0).formatAsString()).isEqualTo("A1:O1");
        assertThat(texts(results.getRow(1))).containsExactly("所属市", "对象", "指标", "单位", "实际值", "目标值", "年度目标", "目标性质",
                "差距", "结果", "分值", "得分", "考核结论", "目标依据", "判定规则");
        XSSFCellStyle header = (XSSFCellStyle) results.getRow(1).getCell(0).getCellStyle();
        assertThat(header.getFont().getBold()).isTrue();
        assertThat(fill(results.getRow(1).getCell(0))).isEqualTo(Styles.HEADER_FILL);
        assertThat(header.getFont().getFontName()).isEqualTo("宋体");
    }

    @Test
    void headerStaysFrozenAndFilterable() {
        PaneInformation pane = results.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 2);
        assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 3);
        assertThat(autoFilter(results)).isEqualTo("A2:O" + (evaluation.results().size() + 2));
        assertThat(results.getLastRowNum()).isEqualTo(evaluation.results().size() + 1);
    }

    @Test
    void hejinGrowthIsNumericAndGreen() {
        Row r = row(results, 1, "河津开发区", "规上工业增加值增速");
        Cell actual = r.getCell(4);
        assertThat(actual.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(actual.getNumericCellValue()).isEqualTo(15.39);
        assertThat(actual.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00\\%");
        assertThat(shown(actual)).isEqualTo("15.39%");
        assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(15.0);
        assertThat(shown(r.getCell(5))).isEqualTo("15.00%");
        assertThat(shown(r.getCell(6))).as("年度目标 only when prorated").isEmpty();
        assertThat(shown(r.getCell(7))).isEqualTo("省定");
        assertThat(r.getCell(8).getNumericCellValue()).isEqualTo(0.39);
        assertThat(shown(r.getCell(8))).isEqualTo("+0.39个百分点");
        assertThat(shown(r.getCell(9))).isEqualTo("达标");
        assertThat(fill(r.getCell(9))).isEqualTo("C6EFCE");
        assertThat(r.getCell(11).getNumericCellValue()).isEqualTo(20.0);
        assertThat(shown(r.getCell(12))).isEqualTo("达到省定15%目标值");
        assertThat(shown(r.getCell(13))).isEqualTo("2023年河津开发区规上工业增加值增速省定目标为15%");
    }

    @Test
    void yunchengTransformationShareIsRed() {
        Row r = row(results, 1, "运城开发区", "转型项目投资占比");
        assertThat(r.getCell(4).getNumericCellValue()).isEqualTo(85.28);
        assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(88.0);
        assertThat(shown(r.getCell(8))).isEqualTo("-2.72个百分点");
        assertThat(shown(r.getCell(9))).isEqualTo("未达标");
        assertThat(fill(r.getCell(9))).isEqualTo("FFC7CE");
        assertThat(r.getCell(8).getCellStyle().getDataFormatString()).contains("[Red]-");
    }

    @Test
    void proratedTargetShowsTheAnnualTarget() {
        Row r = row(results, 1, "万荣农业示范区", "产业当年完成投资");
        assertThat(shown(r.getCell(3))).isEqualTo("亿元");
        assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(1.0);
        assertThat(r.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(shown(r.getCell(6))).isEqualTo("2.00");
        assertThat(shown(r.getCell(7))).isEqualTo("省定");
        assertThat(shown(r.getCell(10))).as("no weight, no score").isEmpty();
        assertThat(shown(row(results, 1, "万荣农业示范区", "固定资产投资增速").getCell(7))).isEqualTo("省初定");
    }

    @Test
    void everyActualIsANumberSoColumnsSum() {
        assertThat(IntStream.rangeClosed(2, results.getLastRowNum()).mapToObj(i -> results.getRow(i).getCell(4).getCellType()))
                .containsOnly(CellType.NUMERIC);
        assertThat(row(results, 1, "河津开发区", "产出强度").getCell(4).getNumericCellValue()).isEqualTo(48.0);
        assertThat(shown(row(results, 1, "河津开发区", "产出强度").getCell(8))).isEqualTo("+18");
    }

    @Test
    void columnsAreSizedForChineseAndLongTextWraps() {
        assertThat(results.getColumnWidth(1)).as("对象 fits 运城市工业类开发区").isGreaterThanOrEqualTo(20 * 256);
        Row hejin = row(results, 1, "河津开发区", "规上工业增加值增速");
        Cell rule = hejin.getCell(13);
        assertThat(results.getColumnWidth(13)).as("目标依据 fits a rule on one line, capped")
                .isGreaterThanOrEqualTo((SheetWriter.width(rule.getStringCellValue()) + 2) * 256).isLessThanOrEqualTo(54 * 256);
        assertThat(rule.getCellStyle().getWrapText()).isTrue();
        assertThat(hejin.getHeight()).as("one line: no explicit height").isEqualTo(results.getDefaultRowHeight());
        assertThat(results.getColumnWidth(3)).as("单位 stays narrow").isLessThan(12 * 256);
    }

    @Test
    void standingsShowRanksAsNumbers() {
        Sheet s = wb.getSheet("总分排名");
        assertThat(texts(s.getRow(1))).containsExactly("所属市", "对象", "总分", "市内排名", "参与排名");
        Row yuncheng = row(s, 1, "运城开发区");
        assertThat(yuncheng.getCell(2).getNumericCellValue()).isEqualTo(94.57);
        assertThat(yuncheng.getCell(3).getNumericCellValue()).isEqualTo(2.0);
        assertThat(shown(yuncheng.getCell(3))).isEqualTo("第2名");
        assertThat(shown(yuncheng.getCell(4))).isEqualTo("10");
        assertThat(shown(row(s, 1, "河津开发区").getCell(3))).isEqualTo("并列第3名");
        assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
        assertThat(autoFilter(s)).isEqualTo("A2:E" + (evaluation.standings().size() + 2));
    }

    @Test
    void warningsAreColouredByLevel() {
        Sheet s = wb.getSheet("预警");
        assertThat(texts(s.getRow(1))).containsExactly("对象", "指标", "等级", "内容");
        Row yellow = row(s, 0, "运城开发区", "转型项目投资占比");
        assertThat(shown(yellow.getCell(2))).isEqualTo("黄色");
        assertThat(fill(yellow.getCell(2))).isEqualTo("FFEB9C");
        assertThat(shown(yellow.getCell(3))).isEqualTo("转型项目投资占比85.28%，低于省定88%目标值2.7个百分点");
        assertThat(fill(row(s, 0, "河津开发区", "工业投资增速").getCell(2))).isEqualTo("FFC7CE");
    }

    @Test
    void safetyGradesOfChemicalParks() {
        Sheet s = wb.getSheet("安全风险等级");
        Row park = row(s, 0, "襄垣县化工园区");
        assertThat(park.getCell(1).getNumericCellValue()).isEqualTo(77.5);
        assertThat(shown(park.getCell(2))).isEqualTo("C级");
        assertThat(shown(park.getCell(4))).isEqualTo("D级");
        assertThat(shown(park.getCell(5))).isEqualTo("未达标");
        assertThat(fill(park.getCell(5))).isEqualTo("FFC7CE");
    }
}
