package cn.kaohe.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks built the way officials' files look, for the tests: a String is a text cell, a Number a
 * numeric cell, a {@link LocalDate} a date-formatted cell, a {@link Formula} a formula (its cached
 * value computed before saving), a {@link Percent} a number shown as a percentage; null is no cell.
 */
final class TestWorkbooks {

    record Formula(String text) {
    }

    record Percent(double fraction) {
    }

    private TestWorkbooks() {
    }

    static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, workbook.createSheet("Sheet1"), rows);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(Workbook workbook, Sheet sheet, Object[]... rows) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof String s) {
                    cell.setCellValue(s);
                } else if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (value instanceof Formula f) {
                    cell.setCellFormula(f.text());
                } else if (value instanceof Percent p) {
                    cell.setCellValue(p.fraction());
                    cell.setCellStyle(percent);
                } else {
                    throw new IllegalArgumentException(String.valueOf(value));
                }
            }
        }
    }

    /** Saves a workbook, computing every formula's cached value first as Excel does. */
    static byte[] bytes(Workbook workbook) {
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same rows as CSV text (numbers and text only), the twin of {@link #xlsx}. */
    static String csv(Object[]... rows) {
        return Arrays.stream(rows)
                .map(row -> Arrays.stream(row).map(v -> v == null ? "" : v instanceof Number n ? new BigDecimal(n.toString()).toPlainString() : v.toString())
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
