package cn.kaohe.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import cn.kaohe.export.Styles.Align;
import cn.kaohe.export.Styles.Tone;

/**
 * Writes one sheet the way every export lays it out: an optional title row, a bold filled header that
 * stays frozen and carries the auto-filter, bordered body rows, and column widths measured from what is
 * shown, counting a Chinese character as two units. Long-text columns are capped and wrap; their rows
 * get a height for the lines they need, since Excel and WPS do not always re-measure wrapped rows.
 */
final class SheetWriter {

    /**
     * A column: its header, the widest it may grow (in character units, a Chinese character counting 2),
     * and how its cells sit.
     */
    record Column(String header, int cap, Align align) {
        static Column text(String header) {
            return new Column(header, 30, Align.LEFT);
        }

        static Column center(String header) {
            return new Column(header, 20, Align.CENTER);
        }

        static Column wrap(String header, int cap) {
            return new Column(header, cap, Align.WRAP);
        }

        static Column number(String header) {
            return new Column(header, 24, Align.RIGHT);
        }
    }

    /**
     * A number format: decimals, a literal suffix (%, 个百分点), and for signed values an explicit + and
     * red negatives. The value stays a plain number, so sums and sorting work.
     */
    record Num(int decimals, String prefix, String suffix, boolean signed) {
        static final Num INTEGER = new Num(0, "", "", false);

        static Num plain(int decimals) {
            return new Num(decimals, "", "", false);
        }

        String excel() {
            String n = (prefix.isEmpty() ? "" : quote(prefix)) + "#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : "")
                    + (suffix.isEmpty() ? "" : quote(suffix));
            return signed ? "+" + n + ";[Red]-" + n + ";" + n : n;
        }

        String shown(BigDecimal value) {
            BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP);
            String sign = signed && v.signum() > 0 ? "+" : "";
            return prefix + sign + String.format("%,." + decimals + "f", v) + suffix;
        }

        /**
         * A literal in a number format. A lone % is escaped rather than quoted: Excel and WPS read both as
         * a literal, but some readers (POI's DataFormatter among them) take a quoted "%" for a percentage
         * and multiply by 100.
         */
        private static String quote(String literal) {
            return literal.length() == 1 ? "\\" + literal : "\"" + literal + "\"";
        }
    }

    static final String DATE = "yyyy-mm-dd";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final float LINE_POINTS = 14.5f;

    private final Sheet sheet;
    private final Styles styles;
    private final List<Column> columns;
    private final int[] widths;
    private int nextRow;
    private Row titleRow;
    private int headerRow = -1;
    private int frozenColumns;
    private Row row;
    private int col;
    private int lines;

    /**
     * A sheet of {@code workbook}: an in-memory one, or a streaming one (SXSSF) that keeps only the last rows
     * in memory, which is why the title is styled when the first body row starts, not at the end.
     */
    SheetWriter(Workbook workbook, Styles styles, String name, List<Column> columns) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
        this.columns = columns;
        this.widths = new int[columns.size()];
    }

    /** A title above the header, across all columns; skipped when blank. */
    SheetWriter title(String text) {
        if (text != null && !text.isBlank()) {
            titleRow = sheet.createRow(nextRow);
            titleRow.setHeightInPoints(26);
            for (int i = 0; i < columns.size(); i++) {
                titleRow.createCell(i);
            }
            titleRow.getCell(0).setCellValue(text);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, 0, columns.size() - 1));
            }
            nextRow++;
        }
        return this;
    }

    SheetWriter header() {
        headerRow = nextRow++;
        Row r = sheet.createRow(headerRow);
        r.setHeightInPoints(20);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(columns.get(i).header());
            c.setCellStyle(styles.header());
            widths[i] = Math.max(widths[i], width(columns.get(i).header()));
        }
        return this;
    }

    /** Keeps the first {@code n} columns in view when scrolling right. */
    SheetWriter freezeColumns(int n) {
        frozenColumns = n;
        return this;
    }

    SheetWriter row() {
        endRow();
        styleTitle();
        row = sheet.createRow(nextRow++);
        col = 0;
        lines = 1;
        return this;
    }

    SheetWriter text(String value) {
        return text(value, Tone.PLAIN);
    }

    SheetWriter text(String value, Tone tone) {
        Column column = columns.get(col);
        Cell c = cell(styles.body(null, tone, column.align()));
        if (value != null && !value.isEmpty()) {
            c.setCellValue(value);
            measure(value);
            if (column.align() == Align.WRAP) {
                lines = Math.max(lines, value.lines().mapToInt(l -> (width(l) + column.cap() - 1) / column.cap()).sum());
            }
        }
        col++;
        return this;
    }

    SheetWriter number(BigDecimal value, Num format) {
        return number(value, format, Tone.PLAIN);
    }

    /** A numeric cell, or an empty one for null. */
    SheetWriter number(BigDecimal value, Num format, Tone tone) {
        Cell c = cell(styles.body(format.excel(), tone, Align.RIGHT));
        if (value != null) {
            c.setCellValue(value.doubleValue());
            measure(format.shown(value));
        }
        col++;
        return this;
    }

    SheetWriter number(long value, Num format) {
        return number(BigDecimal.valueOf(value), format);
    }

    SheetWriter date(LocalDate value) {
        Cell c = cell(styles.body(DATE, Tone.PLAIN, Align.CENTER));
        if (value != null) {
            c.setCellValue(value);
            measure("2023-12-31");
        }
        col++;
        return this;
    }

    SheetWriter dateTime(LocalDateTime value) {
        Cell c = cell(styles.body(DATE_TIME, Tone.PLAIN, Align.CENTER));
        if (value != null) {
            c.setCellValue(value);
            measure("2023-12-31 23:59");
        }
        col++;
        return this;
    }

    /** Sets widths, the frozen pane, the auto-filter and printing; call once, after the last row. */
    void finish() {
        endRow();
        styleTitle();
        for (int i = 0; i < columns.size(); i++) {
            int w = Math.max(6, Math.min(columns.get(i).cap(), widths[i]) + 2);
            sheet.setColumnWidth(i, w * 256);
        }
        if (headerRow >= 0) {
            sheet.createFreezePane(frozenColumns, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, nextRow - 1), 0, columns.size() - 1));
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** Display width: a CJK or full-width character counts 2, anything else 1. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private Cell cell(org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        return c;
    }

    private void measure(String shown) {
        int w = shown.lines().mapToInt(SheetWriter::width).max().orElse(0);
        widths[col] = Math.max(widths[col], w);
    }

    private void styleTitle() {
        if (titleRow != null) {
            titleRow.forEach(c -> c.setCellStyle(styles.title(frozenColumns == 0)));
            titleRow = null;
        }
    }

    private void endRow() {
        if (row != null && lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS + 4);
        }
        row = null;
    }
}
