package cn.kaohe.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.period.Period;
import cn.kaohe.zone.ZoneRegistry;

@DisplayName("导入考核数据文件")
class FiguresReaderTests {

    private static final String HEADER = "考核期,对象,指标,数值,上年同期\n";
    private static final String HAN = "(?s).*\\p{IsHan}.*";

    private static FiguresReader reader;

    @BeforeAll
    static void createReader() {
        reader = new FiguresReader(ZoneRegistry.load(Path.of("data/zones.csv")), IndicatorCatalog.standard());
    }

    private static final String VALID = HEADER
            + "2023年1-6月,河津经济技术开发区,规模以上工业增加值增速,15.2%,12.5\n"
            + "2023年1-6月,运城开发区,工业投资,\"1,234.5\",１５．２\n"
            + "2023年上半年,襄垣经济技术开发区,四上企业数,62,55\n"
            + "2023年1-6月,全省开发区,规上工业增加值,-58.3,\n";

    @Test
    @DisplayName("别名读作规范名称，考核期为2023年1-6月")
    void validFileWithAliases() {
        PeriodFigures figures = reader.read("2023-h1.csv", utf8(VALID));

        assertThat(figures.source()).isEqualTo("2023-h1.csv");
        assertThat(figures.period()).isEqualTo(new Period(2023, 1, 6));
        assertThat(figures.period().label()).isEqualTo("2023年1-6月");
        assertThat(figures.figures())
                .extracting(f -> f.line(), f -> f.subject().name(), f -> f.indicator().name())
                .containsExactly(
                        tuple(2, "河津开发区", "规上工业增加值增速"),
                        tuple(3, "运城开发区", "工业投资"),
                        tuple(4, "襄垣经开区", "四上企业数"),
                        tuple(5, "全省开发区", "规上工业增加值"));
    }

    @Test
    @DisplayName("“15.2%”、加引号的“1,234.5”、全角“１５．２”都读成数字")
    void numbersAsTyped() {
        List<Figure> figures = reader.read("2023-h1.csv", utf8(VALID)).figures();

        assertThat(figures.get(0).value()).isEqualByComparingTo("15.2");
        assertThat(figures.get(0).previous()).isEqualByComparingTo("12.5");
        assertThat(figures.get(1).value()).isEqualByComparingTo("1234.5");
        assertThat(figures.get(1).previous()).isEqualByComparingTo("15.2");
        assertThat(figures.get(2).value()).isEqualByComparingTo("62");
        assertThat(figures.get(3).value()).isEqualByComparingTo("-58.3");
        assertThat(figures.get(3).previous()).as("上年同期为空").isNull();
    }

    @Test
    @DisplayName("GBK、UTF-8、带BOM的UTF-8读出相同的数据")
    void encodingsGiveEqualFigures() {
        byte[] utf8 = utf8(VALID);
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        byte[] gbk = VALID.getBytes(Charset.forName("GBK"));

        List<List<Object>> fromUtf8 = summary(reader.read("utf8.csv", utf8));

        assertThat(fromUtf8).hasSize(4);
        assertThat(summary(reader.read("bom.csv", bom))).isEqualTo(fromUtf8);
        assertThat(summary(reader.read("gbk.csv", gbk))).isEqualTo(fromUtf8);
        assertThat(reader.read("gbk.csv", gbk).period()).isEqualTo(new Period(2023, 1, 6));
    }

    @Test
    @DisplayName("备注列被保留，表头列顺序不限")
    void noteAndColumnOrder() {
        String csv = "指标,数值,对象,考核期,备注\n"
                + "工业投资,35.6,河津开发区,2023年1-6月,示例数据\n";

        Figure figure = reader.read("t.csv", utf8(csv)).figures().get(0);

        assertThat(figure.subject().name()).isEqualTo("河津开发区");
        assertThat(figure.value()).isEqualByComparingTo("35.6");
        assertThat(figure.previous()).isNull();
        assertThat(figure.note()).isEqualTo("示例数据");
    }

    @Test
    @DisplayName("所有错误一次列出，行号、列名、中文说明齐全")
    void allProblemsAtOnce() {
        String csv = HEADER
                + "2023年1-6月,河津开发区,规上工业增加值增速,15.2%,\n"       // 2 ok
                + "2023年1-6月,河津开发,工业投资,35.6,\n"                   // 3 unknown subject
                + "2023年1-6月,运城开发区,规上工业增加值增长,12,\n"          // 4 unknown indicator
                + "2023年1-6月,盐湖高新区,工业投资,约十亿,\n"                // 5 not a number
                + "2023年13月,新绛开发区,工业投资,1,\n"                    // 6 malformed period
                + "2023年1-5月,垣曲开发区,工业投资,1,\n"                   // 7 second period
                + "2023年1-6月,河津经开区,规模以上工业增加值增速,16,\n";     // 8 duplicate of line 2

        FiguresRejectedException e = rejected(csv);

        assertThat(e.source()).isEqualTo("t.csv");
        assertThat(e.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value)
                .containsExactly(
                        tuple(3, "对象", "河津开发"),
                        tuple(4, "指标", "规上工业增加值增长"),
                        tuple(5, "数值", "约十亿"),
                        tuple(6, "考核期", "2023年13月"),
                        tuple(7, "考核期", "2023年1-5月"),
                        tuple(8, "", ""));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.reason()).matches(HAN));
        assertThat(e.getMessage()).contains("有6处错误", "第3行", "第4行", "第5行", "第6行", "第7行", "第8行")
                .doesNotContain("第2行“");
    }

    @Test
    @DisplayName("不认识的对象给出相近的名录名称")
    void unknownSubjectWithSuggestion() {
        ImportProblem problem = onlyProblem(HEADER + "2023年1-6月,河津开发,工业投资,35.6,\n");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("对象");
        assertThat(problem.reason()).contains("名录中没有").contains("“河津开发区”");
    }

    @Test
    @DisplayName("不认识的对象若无相近名称则不乱猜")
    void unknownSubjectWithoutSuggestion() {
        ImportProblem problem = onlyProblem(HEADER + "2023年1-6月,北京市朝阳区,工业投资,35.6,\n");

        assertThat(problem.reason()).contains("名录中没有").doesNotContain("是否应为");
    }

    @Test
    @DisplayName("不认识的指标给出相近的指标名称")
    void unknownIndicatorWithSuggestion() {
        ImportProblem problem = onlyProblem(HEADER + "2023年1-6月,河津开发区,规上工业增加值增长,15.2,\n");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("指标");
        assertThat(problem.reason()).contains("不是已知的考核指标").contains("“规上工业增加值增速”");
    }

    @Test
    @DisplayName("数值与上年同期不是数字时分别报错")
    void nonNumbers() {
        FiguresRejectedException e = rejected(HEADER + "2023年1-6月,河津开发区,工业投资,1,abc\n"
                + "2023年1-6月,运城开发区,工业投资,12..3,5\n");

        assertThat(e.problems())
                .extracting(ImportProblem::line, ImportProblem::column, ImportProblem::value)
                .containsExactly(tuple(2, "上年同期", "abc"), tuple(3, "数值", "12..3"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.reason()).isEqualTo("不是数字"));
    }

    @Test
    @DisplayName("无法识别的考核期报出原文")
    void malformedPeriod() {
        ImportProblem problem = onlyProblem(HEADER + "2023年1-6月,河津开发区,工业投资,1,\n"
                + "上半年,运城开发区,工业投资,1,\n");

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo("考核期");
        assertThat(problem.reason()).contains("“上半年”").matches(HAN);
    }

    @Test
    @DisplayName("同一文件中出现第二个考核期被拒绝，并指出最先出现的行")
    void secondPeriodRefused() {
        FiguresRejectedException e = rejected(HEADER + "2023年1-6月,河津开发区,工业投资,1,\n"
                + "2023年1-6月,运城开发区,工业投资,1,\n"
                + "2023年,盐湖高新区,工业投资,1,\n");

        assertThat(e.problems()).hasSize(1);
        ImportProblem problem = e.problems().get(0);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo("考核期");
        assertThat(problem.reason()).contains("第2行").contains("2023年1-6月");
        assertThat(e.getMessage()).contains("第4行");
    }

    @Test
    @DisplayName("同一考核期的不同写法不算两个考核期")
    void samePeriodWrittenDifferently() {
        PeriodFigures figures = reader.read("t.csv", utf8(HEADER + "2023年1-6月,河津开发区,工业投资,1,\n"
                + "2023年上半年,运城开发区,工业投资,2,\n"
                + "2023-H1,盐湖高新区,工业投资,3,\n"));

        assertThat(figures.period()).isEqualTo(new Period(2023, 1, 6));
        assertThat(figures.figures()).hasSize(3);
    }

    @Test
    @DisplayName("同一对象同一指标重复时指出先前的行（别名也算同一对象）")
    void duplicateRowNamesEarlierLine() {
        FiguresRejectedException e = rejected(HEADER + "2023年1-6月,河津开发区,工业投资,1,\n"
                + "2023年1-6月,运城开发区,工业投资,2,\n"
                + "2023年1-6月,河津经济技术开发区,工业投资,3,\n");

        assertThat(e.problems()).hasSize(1);
        ImportProblem problem = e.problems().get(0);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.reason()).contains("河津开发区", "工业投资", "与第2行重复");
        assertThat(e.getMessage()).contains("第4行");
    }

    @Test
    @DisplayName("空行与引号内换行之后的行号仍是文件中的行号")
    void lineNumbersAfterBlankLinesAndMultilineNotes() {
        String csv = "考核期,对象,指标,数值,备注\n"
                + "2023年1-6月,河津开发区,工业投资,1,\"第一行\n第二行\"\n"
                + "\n"
                + "2023年1-6月,运城开发区,工业投资,abc,\n";

        ImportProblem problem = onlyProblem(csv);

        assertThat(problem.line()).isEqualTo(5);
        assertThat(problem.column()).isEqualTo("数值");
    }

    @Test
    @DisplayName("不认识的表头列被拒绝，指出第1行和列名")
    void unknownHeaderColumn() {
        FiguresRejectedException e = rejected("考核期,对象,指标,数值,单位\n2023年1-6月,河津开发区,工业投资,1,亿元\n");

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(tuple(1, "单位"));
        assertThat(e.problems().get(0).reason()).contains("不认识的列").matches(HAN);
        assertThat(e.getMessage()).contains("第1行").contains("单位");
    }

    @Test
    @DisplayName("缺少数值列被拒绝")
    void missingValueColumn() {
        FiguresRejectedException e = rejected("考核期,对象,指标,上年同期\n2023年1-6月,河津开发区,工业投资,1\n");

        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(tuple(1, "数值"));
        assertThat(e.problems().get(0).reason()).contains("缺少此列");
        assertThat(e.getMessage()).contains("第1行").contains("数值");
    }

    @Test
    @DisplayName("空文件被拒绝")
    void emptyFile() {
        ImportProblem problem = onlyProblem("");

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.reason()).contains("文件为空");
        assertThat(rejected("\n\n").problems()).extracting(ImportProblem::reason).allMatch(r -> r.contains("文件为空"));
    }

    @Test
    @DisplayName("只有表头的文件被拒绝")
    void headerOnly() {
        ImportProblem problem = onlyProblem(HEADER);

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.reason()).contains("只有表头");
        assertThat(rejected(HEADER + "\n,,,,\n").getMessage()).contains("只有表头");
    }

    @Test
    @DisplayName("空的必填单元格分别报错")
    void emptyRequiredCells() {
        FiguresRejectedException e = rejected(HEADER
                + " ,河津开发区,,,\n"
                + "2023年1-6月,河津开发区,工业投资,,\n");

        assertThat(e.problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(2, "考核期"), tuple(2, "指标"), tuple(2, "数值"), tuple(3, "数值"));
    }

    @Test
    @DisplayName("数据行的单元格多于表头时被拒绝")
    void rowWiderThanHeaderRefused() {
        ImportProblem problem = onlyProblem("考核期,对象,指标,数值\n2023年1-6月,河津开发区,工业投资,1,234.5\n");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.reason()).contains("多出1个单元格", "引号");
    }

    @Test
    @DisplayName("引号没有配对时指出开始的行，用中文说明")
    void unterminatedQuoteNamesItsLine() {
        ImportProblem problem = onlyProblem("考核期,对象,指标,数值\n2023年1-6月,河津开发区,工业投资,1\n2023年1-6月,\"运城开发区,工业投资,2\n");

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.reason()).contains("引号没有配对").doesNotContain("Exception");
    }

    @Test
    @DisplayName("检查表扣分可以逐项多行上报，其他指标重复仍被拒绝")
    void checklistDeductionsMayRepeat() {
        PeriodFigures figures = reader.read("t.csv", utf8("考核期,对象,指标,数值,上年同期,备注\n"
                + "2023年1-6月,襄垣县化工园区,安全风险扣分,10,,应急救援：未配备专职人员\n"
                + "2023年1-6月,襄垣县化工园区,扣分,7.5,,封闭化管理：出入口未设车辆识别\n"));
        assertThat(figures.figures()).extracting(f -> f.indicator().name()).containsExactly("安全风险扣分", "安全风险扣分");
        assertThat(figures.figures()).extracting(Figure::note).containsExactly("应急救援：未配备专职人员", "封闭化管理：出入口未设车辆识别");
    }

    private static FiguresRejectedException rejected(String csv) {
        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class,
                () -> reader.read("t.csv", utf8(csv)));
        assertThat(e).as("文件应被拒绝").isNotNull();
        assertThat(e.getMessage()).startsWith("数据文件 t.csv 有").contains("未导入任何数据");
        return e;
    }

    private static ImportProblem onlyProblem(String csv) {
        List<ImportProblem> problems = rejected(csv).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    /** What a figure says, without the registry and vocabulary objects. */
    private static List<List<Object>> summary(PeriodFigures figures) {
        return figures.figures().stream()
                .map(f -> List.<Object>of(f.line(), f.subject().name(), f.indicator().name(), f.value(),
                        f.previous() == null ? "无" : f.previous()))
                .toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
