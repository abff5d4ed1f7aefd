package cn.kaohe.targets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a targets workbook as it comes back from Excel or WPS: sheet 目标表 (or the first sheet),
 * the header found by its column names wherever it is, each later row an entry named by its sheet row.
 * 单位 and 规则名称 are for reading only and are not taken back.
 */
public final class TargetWorkbookRows {

    public static final String SHEET = "目标表";
    public static final String GUIDE = "填写说明";
    public static final String KIND = TargetTableCheck.KIND;
    public static final String YEAR = TargetTable.YEAR_LABEL;
    public static final String TYPE = TargetTable.TYPE_LABEL;
    public static final String ZONE = TargetTable.ZONE_LABEL;
    public static final String INDICATOR = TargetTable.INDICATOR_LABEL;
    public static final String VALUE = TargetTable.VALUE_LABEL;
    public static final String UNIT = "单位";
    public static final String RULE = "规则名称";
    /** The columns an upload must have. */
    public static final List<String> REQUIRED = List.of(KIND, YEAR, TYPE, ZONE, INDICATOR, VALUE);

    /** What was read: the entries, or the problems that stop the workbook from being read at all. */
    public record Read(List<TargetEntry> entries, List<TargetProblem> problems) {
    }

    private TargetWorkbookRows() {
    }

    public static Read read(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return refused(0, "", "工作簿中没有工作表");
            }
            Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
            Map<String, Integer> columns = null;
            int headerRow = 0;
            List<TargetEntry> entries = new ArrayList<>();
            for (Row row : sheet) {
                if (columns == null) {
                    Map<String, Integer> found = header(row);
                    if (found.containsKey(KIND) || found.containsKey(VALUE)) {
                        columns = found;
                        headerRow = row.getRowNum() + 1;
                        for (String name : REQUIRED) {
                            if (!found.containsKey(name)) {
                                return refused(headerRow, name, "表头缺少“" + name + "”列；请下载目标表后在其中修改，不要改动表头");
                            }
                        }
                    }
                    continue;
                }
                Map<String, Integer> c = columns;
                entries.add(new TargetEntry(row.getRowNum() + 1, text(row, c.get(KIND)), text(row, c.get(YEAR)), text(row, c.get(TYPE)),
                        text(row, c.get(ZONE)), text(row, c.get(INDICATOR)), text(row, c.get(VALUE))));
            }
            if (columns == null) {
                return refused(0, "", "工作表“" + sheet.getSheetName() + "”中没有找到表头（类别、年度、开发区类型、开发区、指标、目标值）");
            }
            return new Read(entries, List.of());
        } catch (IOException | RuntimeException e) {
            return refused(0, "", "不是可以打开的Excel工作簿（.xlsx），文件可能已损坏；请用Excel或WPS打开后另存为.xlsx再上传");
        }
    }

    private static Read refused(int row, String column, String message) {
        return new Read(List.of(), List.of(new TargetProblem(row, column, message)));
    }

    private static Map<String, Integer> header(Row row) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String name = text(row, c).replaceAll("\\s", "");
            if (!name.isEmpty()) {
                columns.putIfAbsent(name, c);
            }
        }
        return columns;
    }

    /** A cell as text: numbers without needless decimals (a percentage-formatted 0.16 as 16), formulas by their value. */
    static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield new DataFormatter().formatCellValue(cell);
                }
                BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
                String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
                if (format != null && format.contains("%") && !format.contains("\\%") && !format.contains("\"%\"")) {
                    number = number.movePointRight(2);
                }
                yield TargetRow.plain(number);
            }
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> "";
        };
    }
}
