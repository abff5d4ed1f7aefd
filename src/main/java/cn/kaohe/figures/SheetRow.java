package cn.kaohe.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * A row of an uploaded table, CSV or workbook alike, with the row number the official sees
 * (the header is row 1).
 */
record SheetRow(int line, List<Cell> cells) {

    /**
     * One cell as it was filled in.
     *
     * @param text    the text as shown (stripped); for a number its plain digits, for a date yyyy-MM-dd
     * @param number  the number when the workbook stored one (percent-formatted cells already ×100), else null
     * @param date    true when the workbook stored a date
     */
    record Cell(String text, BigDecimal number, boolean date) {

        static final Cell EMPTY = new Cell("", null, false);

        static Cell text(String text) {
            return new Cell(text == null ? "" : text.strip(), null, false);
        }

        boolean isBlank() {
            return text.isBlank() && number == null;
        }
    }

    Cell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : Cell.EMPTY;
    }

    boolean isBlank() {
        return cells.stream().allMatch(Cell::isBlank);
    }

    /** The cells beyond the header's width that hold something. */
    List<Cell> beyond(int width) {
        return cells.subList(Math.min(width, cells.size()), cells.size()).stream().filter(c -> !c.isBlank()).toList();
    }
}
