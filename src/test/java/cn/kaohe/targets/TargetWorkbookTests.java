package cn.kaohe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.export.TargetWorkbook;

@DisplayName("目标表工作簿：下载、在Excel中修改、上传")
class TargetWorkbookTests {

    static TargetTable table;
    static byte[] workbook;

    @BeforeAll
    static void export() throws IOException {
        table = TargetTable.read(TargetTableTests.PATH, Files.readString(Path.of("rules", TargetTableTests.PATH)));
        workbook = TargetWorkbook.write(table, TargetTableTests.ZONES, TargetTableTests.INDICATORS);
    }

    static byte[] edited(Consumer<XSSFSheet> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb.getSheet("目标表"));
            wb.write(out);
            return out.toByteArray();
        }
    }

    static List<String> problems(byte[] bytes) {
        TargetWorkbookRows.Read read = TargetWorkbookRows.read(bytes);
        List<TargetProblem> problems = read.problems().isEmpty()
                ? new TargetTableCheck(TargetTableTests.ZONES, TargetTableTests.INDICATORS).check(table, read.entries()).problems()
                : read.problems();
        return problems.stream().map(p -> p.describe(TargetWorkbookRows.SHEET)).toList();
    }

    @Test
    @DisplayName("目标表一行一个目标，表头加粗有底色，类别有下拉列表，另有填写说明")
    void theWorkbookReadsWell() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet sheet = wb.getSheet("目标表");
            Row header = sheet.getRow(0);
            assertThat(header).extracting(c -> c.getStringCellValue())
                    .containsExactly("类别", "年度", "开发区类型", "开发区", "指标", "目标值", "单位", "规则名称");
            assertThat(wb.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(10);
            Row hejin = sheet.getRow(4);
            assertThat(hejin.getCell(0).getStringCellValue()).isEqualTo("省定个别");
            assertThat(hejin.getCell(1).getNumericCellValue()).isEqualTo(2023);
            assertThat(hejin.getCell(2).getStringCellValue()).isEqualTo("工业类");
            assertThat(hejin.getCell(3).getStringCellValue()).isEqualTo("河津开发区");
            assertThat(hejin.getCell(5).getNumericCellValue()).isEqualTo(15);
            assertThat(hejin.getCell(6).getStringCellValue()).isEqualTo("%");
            assertThat(hejin.getCell(7).getStringCellValue()).isEqualTo("2023年河津开发区规上工业增加值增速省定目标为15%");
            assertThat(sheet.getColumnWidth(7)).isGreaterThan(sheet.getColumnWidth(1));
            assertThat(sheet.getDataValidations()).isNotEmpty();
            assertThat(wb.getSheet("填写说明").getRow(1).getCell(1).getStringCellValue()).contains("rules/industrial/targets-2023.drl.csv");
        }
    }

    @Test
    @DisplayName("下载后原样上传，读回的目标与目标表相同")
    void roundTrips() {
        TargetWorkbookRows.Read read = TargetWorkbookRows.read(workbook);
        assertThat(read.problems()).isEmpty();
        assertThat(read.entries()).extracting(TargetEntry::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        TargetTableCheck.Result result = new TargetTableCheck(TargetTableTests.ZONES, TargetTableTests.INDICATORS).check(table, read.entries());
        assertThat(result.problems()).isEmpty();
        assertThat(table.withRows(result.rows()).text(TargetTableTests.INDICATORS)).isEqualTo(table.text(TargetTableTests.INDICATORS));
    }

    @Test
    @DisplayName("在Excel中改值、填成百分比格式、加一行、清空一行")
    void editsInExcelAreRead() throws IOException {
        byte[] bytes = edited(sheet -> {
            sheet.getRow(4).getCell(5).setCellValue(14);
            var percent = sheet.getWorkbook().createCellStyle();
            percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
            sheet.getRow(1).getCell(5).setCellValue(0.165);
            sheet.getRow(1).getCell(5).setCellStyle(percent);
            sheet.getRow(6).forEach(c -> c.setBlank());
            Row added = sheet.createRow(12);
            List.of("省定个别", "2023", "", "新绛开发区", "工业投资增速", "18").forEach(v -> added.createCell(added.getPhysicalNumberOfCells()).setCellValue(v));
        });
        TargetWorkbookRows.Read read = TargetWorkbookRows.read(bytes);
        TargetTableCheck.Result result = new TargetTableCheck(TargetTableTests.ZONES, TargetTableTests.INDICATORS).check(table, read.entries());
        assertThat(result.problems()).isEmpty();
        String text = table.withRows(result.rows()).text(TargetTableTests.INDICATORS);
        assertThat(text).contains("2023年河津开发区规上工业增加值增速省定目标为14%,2023,河津开发区,规上工业增加值增速,14")
                .contains("2023年工业类开发区规上工业增加值增速省定目标为16.5%,2023,工业类,规上工业增加值增速,16.5")
                .contains("2023年新绛开发区工业投资增速省定目标为18%,2023,新绛开发区,工业投资增速,18")
                .doesNotContain("运城开发区转型项目投资占比");
    }

    @Test
    @DisplayName("错误的格子指出工作表、行和列，一处有错就整个不接受")
    void badCellsAreNamed() throws IOException {
        byte[] bytes = edited(sheet -> {
            sheet.getRow(4).getCell(5).setCellValue("十五");
            sheet.getRow(2).getCell(0).setCellValue("省定");
            sheet.getRow(9).getCell(4).setCellValue("高新技朮企业数增速");
        });
        assertThat(problems(bytes)).containsExactly(
                "目标表 第3行“类别”列：“省定”不是有效的类别，应为省定通用、省定个别或示例",
                "目标表 第5行“目标值”列：“十五”不是数字",
                "目标表 第10行“指标”列：没有名为“高新技朮企业数增速”的指标，是否是“高新技术企业数增速”？");
    }

    @Test
    @DisplayName("表头缺列、不是Excel文件的，说明原因")
    void unreadableWorkbooksAreExplained() throws IOException {
        byte[] noValue = edited(sheet -> sheet.getRow(0).getCell(5).setCellValue("数值"));
        assertThat(problems(noValue)).containsExactly("目标表 第1行“目标值”列：表头缺少“目标值”列；请下载目标表后在其中修改，不要改动表头");
        assertThat(problems("类别,年度\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("目标表：不是可以打开的Excel工作簿（.xlsx），文件可能已损坏；请用Excel或WPS打开后另存为.xlsx再上传");
    }
}
