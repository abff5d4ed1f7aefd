package cn.kaohe.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A cell of a downloaded targets workbook changed the way someone would in Excel. */
final class TargetWorkbookEdits {

    private TargetWorkbookEdits() {
    }

    /** Sets a cell of sheet 目标表 (row and column 0-based); a number stays a number. */
    static byte[] set(byte[] xlsx, int row, int column, String value) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var cell = wb.getSheet("目标表").getRow(row).getCell(column);
            if (value.matches("-?[0-9.]+")) {
                cell.setCellValue(Double.parseDouble(value));
            } else {
                cell.setCellValue(value);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
