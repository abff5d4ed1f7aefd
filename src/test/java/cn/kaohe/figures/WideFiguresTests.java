package cn.kaohe.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.period.Period;
import cn.kaohe.zone.ZoneRegistry;

@DisplayName("导入每个指标一列的宽表，以及同一份数据的CSV与Excel两种文件")
class WideFiguresTests {

    private static final Object[] WIDE_HEADER = {"考核期", "对象", "规上工业增加值", "规上工业增加值上年同期", "工业投资", "四上企业数",
            "四上企业数(上年同期)", "党建", "备注"};
    private static final Object[][] WIDE = {
            WIDE_HEADER,
            {"2023年1-6月", "河津开发区", 98.5, 85.36, 35.6, 62, 55, null, "虚构"},
            {"2023年1-6月", "运城经济技术开发区", 120.25, null, null, null, null, 92, null},
            {"2023年1-6月", "盐湖高新区", null, null, null, null, null, null, null},
            {"2023年1-6月", "襄垣经开区", -3.5, 1, 0, 0, 0, 100, "含负数与零"}};

    private static FiguresReader reader;

    @BeforeAll
    static void createReader() {
        reader = new FiguresReader(ZoneRegistry.load(Path.of("data/zones.csv")), IndicatorCatalog.standard());
    }

    @Test
    @DisplayName("CSV宽表：每个非空单元格一条数据，上年同期配给本期，空白即未上报")
    void csvWide() {
        PeriodFigures figures = reader.read("宽表.csv", utf8(TestWorkbooks.csv(WIDE)));

        assertThat(figures.period()).isEqualTo(new Period(2023, 1, 6));
        assertThat(summary(figures)).containsExactly(
                List.of(2, "河津开发区", "规上工业增加值", "98.5", "85.36", "虚构"),
                List.of(2, "河津开发区", "工业投资", "35.6", "无", "虚构"),
                List.of(2, "河津开发区", "四上企业数", "62", "55", "虚构"),
                List.of(3, "运城开发区", "规上工业增加值", "120.25", "无", ""),
                List.of(3, "运城开发区", "党建", "92", "无", ""),
                List.of(5, "襄垣经开区", "规上工业增加值", "-3.5", "1", "含负数与零"),
                List.of(5, "襄垣经开区", "工业投资", "0", "无", "含负数与零"),
                List.of(5, "襄垣经开区", "四上企业数", "0", "0", "含负数与零"),
                List.of(5, "襄垣经开区", "党建", "100", "无", "含负数与零"));
    }

    @Test
    @DisplayName("GBK编码的CSV宽表与UTF-8读出相同的数据")
    void gbkCsvWide() {
        String csv = TestWorkbooks.csv(WIDE);

        PeriodFigures gbk = reader.read("gbk.csv", csv.getBytes(Charset.forName("GBK")));

        assertThat(summary(gbk)).hasSize(9).isEqualTo(summary(reader.read("utf8.csv", utf8(csv))));
    }

    @Test
    @DisplayName("同一张宽表的Excel文件与CSV文件读出相同的数据")
    void wideWorkbookEqualsCsvTwin() {
        PeriodFigures fromCsv = reader.read("t.csv", utf8(TestWorkbooks.csv(WIDE)));
        PeriodFigures fromXlsx = reader.read("t.xlsx", TestWorkbooks.xlsx(WIDE));

        assertThat(fromXlsx.period()).isEqualTo(fromCsv.period());
        assertThat(summary(fromXlsx)).hasSize(9).isEqualTo(summary(fromCsv));
    }

    @Test
    @DisplayName("同一张长表的Excel文件与CSV文件读出相同的数据")
    void longWorkbookEqualsCsvTwin() {
        Object[][] rows = {
                {"考核期", "对象", "指标", "数值", "上年同期", "备注"},
                {"2023年", "朔州经济开发区", "四上企业数", 178, 151, ""},
                {"2023年", "大同经开区", "规上工业增加值增速", 12.6, null, "示例"},
                {"2023年", "襄垣县化工园区", "安全风险评估得分", 77.5, null, null}};

        PeriodFigures fromCsv = reader.read("t.csv", utf8(TestWorkbooks.csv(rows)));
        PeriodFigures fromXlsx = reader.read("t.xlsx", TestWorkbooks.xlsx(rows));

        assertThat(fromXlsx.period()).isEqualTo(new Period(2023, 1, 12)).isEqualTo(fromCsv.period());
        assertThat(summary(fromXlsx)).hasSize(3).isEqualTo(summary(fromCsv));
    }

    @Test
    @DisplayName("表头可用别名、带单位，上年同期可写作“指标上年同期”“指标(上年同期)”“指标（上年同期）”")
    void headerVariants() {
        String csv = "对象,考核期,规模以上工业增加值（亿元）,规上工业增加值（上年同期）,工业投资(亿元),工业投资上年同期(亿元),规上工业增加值增速(%)\n"
                + "河津开发区,2023年1-6月,98.5,85.36,35.6,30,15.2%\n";

        List<Figure> figures = reader.read("t.csv", utf8(csv)).figures();

        assertThat(figures).extracting(f -> f.indicator().name(), f -> f.value().toPlainString(),
                f -> f.previous() == null ? null : f.previous().toPlainString())
                .containsExactly(tuple("规上工业增加值", "98.5", "85.36"), tuple("工业投资", "35.6", "30"), tuple("规上工业增加值增速", "15.2", null));
    }

    @Test
    @DisplayName("CSV宽表的错误指出行号和列名（没有单元格地址），所有错误一次列出")
    void csvWideProblems() {
        String csv = "考核期,对象,规上工业增加值,规上工业增加值上年同期,工业投资\n"
                + "2023年1-6月,河津开发,98.5,85.36,\n"         // 2 unknown subject
                + "2023年1-6月,运城开发区,约十亿,,\n"           // 3 not a number
                + "2023年1-6月,盐湖高新区,,85,\n"               // 4 上年同期 without value
                + "2023年13月,新绛开发区,1,,\n"                 // 5 bad period
                + "2023年1-5月,垣曲开发区,,,1\n"               // 6 second period
                + "2023年1-6月,运城经开区,2,,\n"               // 7 duplicate of row 3
                + "2023年1-6月,,,,3\n"                          // 8 no subject
                + "2023年1-6月,永济开发区,,abc,\n";             // 9 上年同期 alone, and not a number

        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("t.csv", utf8(csv)));

        assertThat(e.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value, ImportProblem::cell)
                .containsExactly(
                        tuple(2, "对象", "河津开发", ""),
                        tuple(3, "规上工业增加值", "约十亿", ""),
                        tuple(4, "规上工业增加值上年同期", "85", ""),
                        tuple(5, "考核期", "2023年13月", ""),
                        tuple(6, "考核期", "2023年1-5月", ""),
                        tuple(7, "规上工业增加值", "", ""),
                        tuple(8, "对象", "", ""),
                        tuple(9, "规上工业增加值上年同期", "abc", ""),
                        tuple(9, "规上工业增加值上年同期", "abc", ""));
        assertThat(e.problems().get(0).reason()).contains("“河津开发区”");
        assertThat(e.problems().get(5).reason()).isEqualTo("“运城开发区”的“规上工业增加值”与第3行重复");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.reason()).matches("(?s).*\\p{IsHan}.*"));
        assertThat(e.getMessage()).contains("有9处错误").doesNotContain("单元格）");
    }

    @Test
    @DisplayName("宽表表头的错误：不认识的列、重复的列、有上年同期却没有本期列、缺少对象列")
    void wideHeaderProblems() {
        String csv = "考核期,规上工业增加值,规模以上工业增加值,工业投资上年同期,规上工业增加值增长\n2023年1-6月,1,2,3,4\n";

        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("t.csv", utf8(csv)));

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                tuple(1, "规模以上工业增加值"), tuple(1, "规上工业增加值增长"), tuple(1, "工业投资上年同期"), tuple(1, "对象"));
        assertThat(e.problems()).extracting(ImportProblem::reason).satisfiesExactly(
                r -> assertThat(r).contains("与“规上工业增加值”列重复"),
                r -> assertThat(r).contains("不认识的列", "“规上工业增加值增速”"),
                r -> assertThat(r).contains("没有“工业投资”列"),
                r -> assertThat(r).contains("缺少此列"));
    }

    @Test
    @DisplayName("有“指标”或“数值”列的表仍按长表读，缺少的列照旧报出")
    void longHeaderStaysLong() {
        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class,
                () -> reader.read("t.csv", utf8("考核期,对象,数值,工业投资\n2023年1-6月,河津开发区,1,2\n")));

        assertThat(e.problems()).extracting(ImportProblem::column).containsExactly("工业投资", "指标");
    }

    @Test
    @DisplayName("宽表中数据行的单元格多于表头时被拒绝")
    void csvWideRowTooWide() {
        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class,
                () -> reader.read("t.csv", utf8("考核期,对象,工业投资\n2023年1-6月,河津开发区,1,234.5\n")));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("多出1个单元格"));
    }

    /** What each figure says, numbers compared by value (98.50 and 98.5 are the same figure). */
    static List<List<Object>> summary(PeriodFigures figures) {
        return figures.figures().stream()
                .map(f -> List.<Object>of(f.line(), f.subject().name(), f.indicator().name(), f.value().stripTrailingZeros().toPlainString(),
                        f.previous() == null ? "无" : f.previous().stripTrailingZeros().toPlainString(), f.note()))
                .toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
