package cn.kaohe.figures;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of an uploaded Excel workbook (.xlsx): the sheet named 数据 if there is one, otherwise the
 * first sheet. Numbers stay numbers, formulas give their cached value, dates are marked as dates.
 */
final class WorkbookRows {

    /** The sheet a workbook's figures are read from when it has one of this name. */
    static final String DATA_SHEET = "数据";

    private WorkbookRows() {
    }

    /** A ZIP container (PK\3\4), which is what an .xlsx file is, whatever it is called. */
    static boolean isWorkbook(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** An OLE2 compound file: an old .xls workbook, or an .xlsx protected by a password. */
    static boolean isOldOrEncryptedWorkbook(byte[] bytes) {
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @throws FiguresRejectedException when the bytes are not a workbook that can be opened
     */
    static List<SheetRow> read(String source, byte[] bytes) {
        try (XSSFWorkbook workbook = open(source, bytes)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw rejected(source, "工作簿中没有工作表");
            }
            Sheet sheet = workbook.getSheet(DATA_SHEET) != null ? workbook.getSheet(DATA_SHEET) : workbook.getSheetAt(0);
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<SheetRow.Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(cell(row.getCell(c)));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            return rows;
        } catch (IOException e) {
            throw rejected(source, "无法读取Excel工作簿，文件可能已损坏；请用Excel或WPS打开后另存为.xlsx再上传");
        }
    }

    private static XSSFWorkbook open(String source, byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw rejected(source, "不是可以打开的Excel工作簿（.xlsx），文件可能已损坏或是其他压缩文件；"
                    + "请用Excel或WPS打开后另存为.xlsx，或另存为CSV再上传");
        }
    }

    private static FiguresRejectedException rejected(String source, String reason) {
        return new FiguresRejectedException(source, List.of(new ImportProblem(1, "", "", reason)));
    }

    static SheetRow.Cell cell(Cell cell) {
        if (cell == null) {
            return SheetRow.Cell.EMPTY;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                if (isDate(cell)) {
                    LocalDateTime time = cell.getLocalDateTimeCellValue();
                    return new SheetRow.Cell(time == null ? "" : time.toLocalDate().toString(), null, true);
                }
                BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue());
                String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
                if (format != null && format.contains("%")) {
                    number = number.movePointRight(2);
                }
                number = number.stripTrailingZeros();
                if (number.scale() < 0) {
                    number = number.setScale(0);
                }
                return new SheetRow.Cell(number.toPlainString(), number, false);
            case STRING:
                return SheetRow.Cell.text(cell.getStringCellValue());
            case BOOLEAN:
                return SheetRow.Cell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR:
                return SheetRow.Cell.text(errorText(cell.getErrorCellValue()));
            default:
                return SheetRow.Cell.EMPTY;
        }
    }

    /** Dates by their format, including the CJK built-in date formats (27-36, 50-58) POI does not know as dates. */
    private static boolean isDate(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return true;
        }
        int index = cell.getCellStyle() == null ? 0 : cell.getCellStyle().getDataFormat();
        return index >= 27 && index <= 36 || index >= 50 && index <= 58;
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#错误";
        }
    }
}
