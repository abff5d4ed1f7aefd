package cn.kaohe.figures;

import static cn.kaohe.figures.TestWorkbooks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.figures.TestWorkbooks.Formula;
import cn.kaohe.figures.TestWorkbooks.Percent;
import cn.kaohe.period.Period;
import cn.kaohe.zone.ZoneRegistry;

@DisplayName("导入Excel工作簿（.xlsx）")
class WorkbookFiguresTests {

    private static FiguresReader reader;

    @BeforeAll
    static void createReader() {
        reader = new FiguresReader(ZoneRegistry.load(Path.of("data/zones.csv")), IndicatorCatalog.standard());
    }

    @Test
    @DisplayName("长表：数值单元格是数字，文字单元格按报表写法读，公式取计算结果")
    void longFormat() {
        byte[] bytes = xlsx(
                new Object[] {"考核期", "对象", "指标", "数值", "上年同期", "备注"},
                new Object[] {"2023年1-6月", "河津经济技术开发区", "规上工业增加值", 98.5, 85.36, "示例"},
                new Object[] {"2023年上半年", "运城开发区", "工业投资", "1,234.5", "１５．２"},
                new Object[] {new Formula("\"2023年\"&\"1-6月\""), "襄垣经开区", "四上企业数", new Formula("60+2"), 55});

        PeriodFigures figures = reader.read("数据.xlsx", bytes);

        assertThat(figures.period()).isEqualTo(new Period(2023, 1, 6));
        assertThat(figures.figures())
                .extracting(Figure::line, f -> f.subject().name(), f -> f.indicator().name(), f -> f.value().toPlainString(),
                        f -> f.previous() == null ? null : f.previous().toPlainString(), Figure::note)
                .containsExactly(
                        tuple(2, "河津开发区", "规上工业增加值", "98.5", "85.36", "示例"),
                        tuple(3, "运城开发区", "工业投资", "1234.5", "15.2", ""),
                        tuple(4, "襄垣经开区", "四上企业数", "62", "55", ""));
    }

    @Test
    @DisplayName("宽表：每个对象一行、每个指标一列，空白单元格即未上报，别名和上年同期列都能读")
    void wideFormat() {
        byte[] bytes = xlsx(
                new Object[] {"考核期", "对象", "规上工业增加值", "规上工业增加值上年同期", "工业投资", "党建工作", "备注"},
                new Object[] {"2023年1-6月", "河津开发区", 98.5, 85.36, "35.6", null, "示例"},
                new Object[] {"2023年1-6月", "运城经开区", new Formula("40+2.5"), null, null, 95},
                new Object[] {"2023年1-6月", "盐湖高新区", null, null, "", null});

        PeriodFigures figures = reader.read("宽表.xlsx", bytes);

        assertThat(figures.period()).isEqualTo(new Period(2023, 1, 6));
        assertThat(figures.figures())
                .extracting(Figure::line, f -> f.subject().name(), f -> f.indicator().name(), f -> f.value().toPlainString(),
                        f -> f.previous() == null ? null : f.previous().toPlainString(), Figure::note)
                .containsExactly(
                        tuple(2, "河津开发区", "规上工业增加值", "98.5", "85.36", "示例"),
                        tuple(2, "河津开发区", "工业投资", "35.6", null, "示例"),
                        tuple(3, "运城开发区", "规上工业增加值", "42.5", null, ""),
                        tuple(3, "运城开发区", "党建", "95", null, ""));
    }

    @Test
    @DisplayName("设成百分比格式的单元格（显示15.2%）读作15.2")
    void percentFormattedCell() {
        byte[] bytes = xlsx(
                new Object[] {"考核期", "对象", "规上工业增加值增速", "绿色有机农产品覆盖率"},
                new Object[] {"2023年", "河津开发区", new Percent(0.152), null},
                new Object[] {"2023年", "万荣农业示范区", null, 48});

        List<Figure> figures = reader.read("t.xlsx", bytes).figures();

        assertThat(figures).extracting(f -> f.value().toPlainString()).containsExactly("15.2", "48");
    }

    @Test
    @DisplayName("有“数据”工作表时读它，而不是第一个工作表")
    void sheetNamedDataIsPreferred() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TestWorkbooks.fill(workbook, workbook.createSheet("说明"), new Object[] {"请在“数据”表中填写"});
            TestWorkbooks.fill(workbook, workbook.createSheet("数据"),
                    new Object[] {"考核期", "对象", "工业投资"}, new Object[] {"2023年1-6月", "河津开发区", 35.6});
            bytes = TestWorkbooks.bytes(workbook);
        }

        assertThat(reader.read("t.xlsx", bytes).figures()).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("35.6"));
    }

    @Test
    @DisplayName("错误指出行号、列名和单元格（如B2），所有错误一次列出")
    void problemsNameTheirCells() {
        byte[] bytes = xlsx(
                new Object[] {"考核期", "对象", "规上工业增加值", "规上工业增加值上年同期", "工业投资"},
                new Object[] {"2023年1-6月", "河津开发", 98.5, 85.36, null},          // 2 unknown subject
                new Object[] {"2023年1-6月", "运城开发区", "约十亿", null, null},        // 3 not a number
                new Object[] {"2023年1-6月", "盐湖高新区", null, 85, null},              // 4 上年同期 without value
                new Object[] {LocalDate.of(2023, 6, 30), "新绛开发区", 1, null, null},  // 5 date as period
                new Object[] {"2023年1-5月", "垣曲开发区", null, null, 1},              // 6 second period
                new Object[] {"2023年上半年", "运城经开区", 2, null, null},              // 7 duplicate of row 3
                new Object[] {null, "永济开发区", null, null, 3},                       // 8 empty period
                new Object[] {"2023年1-6月", "稷山开发区", null, null, LocalDate.of(2023, 1, 1)}); // 9 date as number

        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("错表.xlsx", bytes));

        assertThat(e).isNotNull();
        assertThat(e.problems())
                .extracting(ImportProblem::line, ImportProblem::cell, ImportProblem::column, ImportProblem::value)
                .containsExactly(
                        tuple(2, "B2", "对象", "河津开发"),
                        tuple(3, "C3", "规上工业增加值", "约十亿"),
                        tuple(4, "D4", "规上工业增加值上年同期", "85"),
                        tuple(5, "A5", "考核期", "2023-06-30"),
                        tuple(6, "A6", "考核期", "2023年1-5月"),
                        tuple(7, "C7", "规上工业增加值", ""),
                        tuple(8, "A8", "考核期", ""),
                        tuple(9, "E9", "工业投资", "2023-01-01"));
        assertThat(e.problems()).extracting(ImportProblem::reason).containsExactly(
                "开发区名录中没有这个对象，是否应为“河津开发区”？",
                "不是数字",
                "只填了上年同期，没有填本期的“规上工业增加值”；请补上本期数值，或清空上年同期",
                "考核期是Excel日期，看不出考核的是哪几个月；请先把该单元格设为“文本”格式，再写作如“2023年1-6月”“2023年上半年”",
                "与第2行的考核期“2023年1-6月”不同，一个文件只能包含一个考核期的数据",
                "“运城开发区”的“规上工业增加值”与第3行重复",
                "考核期为空",
                "是日期，不是数字（请把单元格格式改为“常规”或“数值”后重新填写）");
        assertThat(e.getMessage()).startsWith("数据文件 错表.xlsx 有8处错误，未导入任何数据")
                .contains("第2行（B2单元格）“对象”列（河津开发）：", "第5行（A5单元格）“考核期”列");
    }

    @Test
    @DisplayName("长表的错误也指出单元格")
    void longFormatProblemsNameTheirCells() {
        byte[] bytes = xlsx(
                new Object[] {"考核期", "对象", "指标", "数值"},
                new Object[] {"2023年1-6月", "河津开发区", "规上工业增加值增长", 15.2},
                new Object[] {"2023年1-6月", "运城开发区", "工业投资", null});

        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("t.xlsx", bytes));

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::cell, ImportProblem::column)
                .containsExactly(tuple(2, "C2", "指标"), tuple(3, "D3", "数值"));
        assertThat(e.problems().get(0).reason()).contains("“规上工业增加值增速”");
    }

    @Test
    @DisplayName("不认识的表头指出单元格并给出相近的指标名称")
    void unknownHeaderCell() {
        byte[] bytes = xlsx(
                new Object[] {"考核期", "对象", "工业投资", "规上工业增加值增长", "上年同期"},
                new Object[] {"2023年1-6月", "河津开发区", 1, 2, 3});

        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("t.xlsx", bytes));

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::cell, ImportProblem::column)
                .containsExactly(tuple(1, "D1", "规上工业增加值增长"), tuple(1, "E1", "上年同期"));
        assertThat(e.problems().get(0).reason()).contains("不认识的列", "“规上工业增加值增速”");
    }

    @Test
    @DisplayName("表头以外的列有内容时被拒绝，指出第一个单元格")
    void contentBeyondHeader() {
        byte[] bytes = xlsx(
                new Object[] {"考核期", "对象", "工业投资"},
                new Object[] {"2023年1-6月", "河津开发区", 1, null, "多余"});

        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("t.xlsx", bytes));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.cell()).isEqualTo("E2");
            assertThat(p.reason()).contains("表头以外");
        });
    }

    @Test
    @DisplayName("按内容而不是文件名识别：叫.csv的工作簿照样读")
    void detectedByBytesNotName() {
        byte[] bytes = xlsx(new Object[] {"考核期", "对象", "工业投资"}, new Object[] {"2023年1-6月", "河津开发区", 35.6});

        assertThat(reader.read("看似CSV.csv", bytes).figures()).hasSize(1);
    }

    @Test
    @DisplayName("旧版.xls、损坏的工作簿以中文说明拒绝")
    void unreadableWorkbooks() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] broken = concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), new byte[100]);

        ImportProblem old = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("旧.xls", xls)).problems().get(0);
        ImportProblem bad = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("坏.xlsx", broken)).problems().get(0);

        assertThat(old.reason()).contains(".xls", "另存为");
        assertThat(bad.reason()).contains("Excel", "另存为").doesNotContainPattern("[A-Za-z]+Exception");
    }

    @Test
    @DisplayName("只有预填的考核期和对象、没有填任何数值的工作簿被拒绝")
    void nothingReported() {
        byte[] bytes = xlsx(
                new Object[] {"考核期", "对象", "工业投资"},
                new Object[] {"2023年1-6月", "河津开发区"},
                new Object[] {"2023年1-6月", "运城开发区", ""});

        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("t.xlsx", bytes));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("没有填报任何数值"));
    }

    @Test
    @DisplayName("ImportProblem：旧的构造方法没有单元格，文字表述不变；有单元格时写出单元格")
    void importProblemText() {
        ImportProblem csv = new ImportProblem(3, "对象", "河津开发", "开发区名录中没有这个对象");
        ImportProblem xlsx = new ImportProblem(3, "对象", "河津开发", "开发区名录中没有这个对象", "B3");

        assertThat(csv.cell()).isEmpty();
        assertThat(csv).hasToString("第3行“对象”列（河津开发）：开发区名录中没有这个对象");
        assertThat(xlsx).hasToString("第3行（B3单元格）“对象”列（河津开发）：开发区名录中没有这个对象");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
