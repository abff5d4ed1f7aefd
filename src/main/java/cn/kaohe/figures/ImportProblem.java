package cn.kaohe.figures;

/**
 * One refused row: where it is, what was there and why it cannot be taken.
 *
 * @param line   the row number as the official sees it (the header is row 1)
 * @param column the column's header, or empty when the problem concerns the whole row
 * @param value  what the cell held, or empty
 * @param reason why it cannot be taken, in Chinese
 * @param cell   the spreadsheet cell address (e.g. {@code D5}) for workbooks, empty for CSV files
 */
public record ImportProblem(int line, String column, String value, String reason, String cell) {

    public ImportProblem {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
        reason = reason == null ? "" : reason;
        cell = cell == null ? "" : cell;
    }

    /** A problem without a cell address, as in CSV files. */
    public ImportProblem(int line, String column, String value, String reason) {
        this(line, column, value, reason, "");
    }

    @Override
    public String toString() {
        return "第" + line + "行" + (cell.isEmpty() ? "" : "（" + cell + "单元格）")
                + (column.isEmpty() ? "" : "“" + column + "”列") + (value.isEmpty() ? "" : "（" + value + "）") + "：" + reason;
    }
}
