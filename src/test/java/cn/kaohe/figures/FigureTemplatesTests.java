package cn.kaohe.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.period.Period;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

@DisplayName("按开发区类型生成Excel填报模板")
class FigureTemplatesTests {

    private static final List<String> THREE_BATCHES = List.of("签约项目总投资", "签约项目已开工投资", "签约项目数", "签约项目已开工数",
            "开工项目总投资", "开工项目已投产完成投资", "开工项目数", "开工项目已投产数",
            "投产项目总投资", "投产项目已达产投资", "投产项目数", "投产项目已达产数");

    private static ZoneRegistry zones;
    private static IndicatorCatalog indicators;
    private static FigureTemplates templates;
    private static FiguresReader reader;

    @BeforeAll
    static void load() {
        zones = ZoneRegistry.load(Path.of("data/zones.csv"));
        indicators = IndicatorCatalog.standard();
        templates = new FigureTemplates();
        reader = new FiguresReader(zones, indicators);
    }

    @Test
    @DisplayName("有工业类、农业示范区、化工园区三种模板")
    void zoneTypes() {
        assertThat(templates.zoneTypes()).containsExactly("工业类", "农业示范区", "化工园区");
    }

    @Test
    @DisplayName("工业类模板：表头依次为考核期、对象、七项原始数据（有上年同期的紧随其后）、三个一批12项、备注")
    void industrialHeader() throws IOException {
        List<String> expected = new ArrayList<>(List.of("考核期", "对象", "规上工业增加值", "规上工业增加值上年同期", "工业投资", "工业投资上年同期",
                "转型项目当年完成投资", "四上企业数", "四上企业数上年同期", "高新技术企业数", "高新技术企业数上年同期", "产出强度", "党建"));
        expected.addAll(THREE_BATCHES);
        expected.add("备注");

        try (XSSFWorkbook workbook = open("工业类")) {
            assertThat(headers(workbook.getSheet("数据"))).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @DisplayName("数据表：每个该类型的对象预填一行，数值单元格为空")
    void rowsPerSubject() throws IOException {
        List<String> industrial = zones.zones().stream().filter(z -> z.type().equals("工业类")).map(Zone::name).toList();

        try (XSSFWorkbook workbook = open("工业类")) {
            XSSFSheet sheet = workbook.getSheet("数据");
            assertThat(sheet.getLastRowNum()).isEqualTo(industrial.size());
            assertThat(IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(r -> sheet.getRow(r).getCell(1).getStringCellValue()))
                    .containsExactlyElementsOf(industrial).contains("河津开发区", "高平开发区").doesNotContain("运城市工业类开发区");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2023年1-6月");
                for (int c = 2; c < sheet.getRow(0).getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    assertThat(cell == null || cell.getCellType() == CellType.BLANK).as("第%d行第%d列应为空", r + 1, c + 1).isTrue();
                }
            }
        }
        try (XSSFWorkbook workbook = open("农业示范区")) {
            assertThat(headers(workbook.getSheet("数据"))).containsExactly("考核期", "对象", "产业当年完成投资", "固定资产投资",
                    "固定资产投资上年同期", "绿色有机农产品覆盖率", "备注");
            assertThat(workbook.getSheet("数据").getRow(1).getCell(1).getStringCellValue()).isEqualTo("万荣农业示范区");
            assertThat(workbook.getSheet("数据").getRow(2).getCell(1).getStringCellValue()).isEqualTo("临猗农业示范区");
        }
        try (XSSFWorkbook workbook = open("化工园区")) {
            assertThat(headers(workbook.getSheet("数据"))).containsExactly("考核期", "对象", "安全风险评估得分", "一票否决项数", "备注");
            assertThat(workbook.getSheet("数据").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("数据").getRow(1).getCell(1).getStringCellValue()).isEqualTo("襄垣县化工园区");
        }
    }

    @Test
    @DisplayName("表头加粗、首行冻结、列宽容得下中文表头、批注写明单位；另有“说明”工作表")
    void layout() throws IOException {
        try (XSSFWorkbook workbook = open("工业类")) {
            assertThat(workbook.getSheetName(0)).isEqualTo("数据");
            assertThat(workbook.getSheetName(1)).isEqualTo("说明");
            XSSFSheet sheet = workbook.getSheet("数据");
            Row header = sheet.getRow(0);
            assertThat(sheet.getPaneInformation()).isNotNull();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = header.getCell(c);
                String title = cell.getStringCellValue();
                assertThat(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold()).as(title).isTrue();
                assertThat(sheet.getColumnWidth(c)).as(title).isGreaterThanOrEqualTo(2 * title.length() * 256);
                assertThat(cell.getCellComment()).as(title).isNotNull();
            }
            assertThat(comment(header, "规上工业增加值")).contains("亿元");
            assertThat(comment(header, "规上工业增加值上年同期")).contains("亿元", "上年同期");
            assertThat(comment(header, "产出强度")).contains("万元/亩");
            assertThat(comment(header, "签约项目数")).contains("个", "选填");
        }
        try (XSSFWorkbook workbook = open("农业示范区")) {
            assertThat(comment(workbook.getSheet("数据").getRow(0), "绿色有机农产品覆盖率")).contains("%", "15.2");
            String guide = sheetText(workbook.getSheet("说明"));
            assertThat(guide).contains("农业示范区", "2023年1-6月", "15.2", "留空", "不要修改", "上年同期", "绿色有机农产品覆盖率", "%");
        }
    }

    @Test
    @DisplayName("填好的模板原样读回：预填的考核期、对象与填入的数字、文字都读成数据，空白不算")
    void roundTrip() throws IOException {
        byte[] filled;
        try (XSSFWorkbook workbook = open("工业类")) {
            XSSFSheet sheet = workbook.getSheet("数据");
            Row hejin = sheet.getRow(1);
            hejin.createCell(column(sheet, "规上工业增加值")).setCellValue(98.5);
            hejin.createCell(column(sheet, "规上工业增加值上年同期")).setCellValue(85.36);
            hejin.createCell(column(sheet, "党建")).setCellValue("95");
            hejin.createCell(column(sheet, "备注")).setCellValue("示例");
            Row yuncheng = sheet.getRow(2);
            yuncheng.createCell(column(sheet, "签约项目总投资")).setCellValue(159.71);
            yuncheng.createCell(column(sheet, "签约项目已开工投资")).setCellFormula("100+45.66");
            filled = TestWorkbooks.bytes(workbook);
        }

        PeriodFigures figures = reader.read("工业类.xlsx", filled);

        assertThat(figures.period()).isEqualTo(new Period(2023, 1, 6));
        assertThat(figures.figures())
                .extracting(Figure::line, f -> f.subject().name(), f -> f.indicator().name(), f -> f.value().toPlainString(),
                        f -> f.previous() == null ? null : f.previous().toPlainString(), Figure::note)
                .containsExactly(
                        tuple(2, "河津开发区", "规上工业增加值", "98.5", "85.36", "示例"),
                        tuple(2, "河津开发区", "党建", "95", null, "示例"),
                        tuple(3, "运城开发区", "签约项目总投资", "159.71", null, ""),
                        tuple(3, "运城开发区", "签约项目已开工投资", "145.66", null, ""));
    }

    @Test
    @DisplayName("每种模板填一个数后都能读回")
    void everyTypeRoundTrips() throws IOException {
        for (String type : templates.zoneTypes()) {
            byte[] filled;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(templates.workbook(type, "2023年", zones, indicators)))) {
                workbook.getSheet("数据").getRow(1).createCell(2).setCellValue(77.5);
                filled = TestWorkbooks.bytes(workbook);
            }
            PeriodFigures figures = reader.read(type + ".xlsx", filled);
            assertThat(figures.period()).as(type).isEqualTo(new Period(2023, 1, 12));
            assertThat(figures.figures()).as(type).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("77.5"));
        }
    }

    @Test
    @DisplayName("没有填任何数的模板上传后被拒绝，说明没有填报数值")
    void emptyTemplateRefused() {
        byte[] empty = templates.workbook("化工园区", "2023年1-6月", zones, indicators);

        FiguresRejectedException e = catchThrowableOfType(FiguresRejectedException.class, () -> reader.read("空.xlsx", empty));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("没有填报任何数值"));
    }

    @Test
    @DisplayName("没有模板的类型、无法识别的考核期以中文说明拒绝")
    void refusals() {
        assertThatThrownBy(() -> templates.workbook("高新类", "2023年1-6月", zones, indicators))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("“高新类”").hasMessageContaining("工业类、农业示范区、化工园区");
        assertThatThrownBy(() -> templates.workbook(null, "2023年1-6月", zones, indicators))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("填报模板");
        assertThatThrownBy(() -> templates.workbook("工业类", "上半年", zones, indicators))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("考核期“上半年”无法识别");
        assertThatThrownBy(() -> templates.workbook("工业类", " ", zones, indicators))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("考核期不能为空");
    }

    @Test
    @DisplayName("模板清单中的指标都在指标表中，三个一批12项为工业类选填")
    void templateList() {
        List<TemplateColumn> columns = TemplateColumn.standard();

        assertThat(columns).allSatisfy(c -> assertThat(indicators.find(c.indicator())).as(c.indicator()).isPresent());
        assertThat(columns).filteredOn(TemplateColumn::optional)
                .extracting(TemplateColumn::zoneType, TemplateColumn::indicator)
                .containsExactlyElementsOf(THREE_BATCHES.stream().map(i -> tuple("工业类", i)).toList());
        assertThat(columns).filteredOn(TemplateColumn::previous).extracting(TemplateColumn::indicator)
                .containsExactly("规上工业增加值", "工业投资", "四上企业数", "高新技术企业数", "固定资产投资");
    }

    @Test
    @DisplayName("格式不对的模板清单指出行号")
    void malformedTemplateList() {
        assertThatThrownBy(() -> TemplateColumn.parse("类型,名称\n工业类,党建\n")).hasMessageContaining("第1行");
        assertThatThrownBy(() -> TemplateColumn.parse("类型,指标,上年同期\n工业类,党建,对\n")).hasMessageContaining("第2行", "“对”");
    }

    @Test
    @DisplayName("下载文件名含类型和考核期")
    void fileName() {
        assertThat(FigureTemplates.fileName("工业类", "2023年1-6月")).isEqualTo("工业类考核数据填报模板（2023年1-6月）.xlsx");
    }

    private static XSSFWorkbook open(String type) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(templates.workbook(type, "2023年1-6月", zones, indicators)));
    }

    private static List<String> headers(XSSFSheet sheet) {
        Row header = sheet.getRow(0);
        return IntStream.range(0, header.getLastCellNum()).mapToObj(c -> header.getCell(c).getStringCellValue()).toList();
    }

    private static int column(XSSFSheet sheet, String title) {
        int index = headers(sheet).indexOf(title);
        assertThat(index).as(title).isNotNegative();
        return index;
    }

    private static String comment(Row header, String title) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(title)) {
                return cell.getCellComment().getString().getString();
            }
        }
        throw new AssertionError("没有“" + title + "”列");
    }

    private static String sheetText(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
        return text.toString();
    }
}
