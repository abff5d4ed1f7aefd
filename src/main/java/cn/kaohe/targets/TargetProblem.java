package cn.kaohe.targets;

/**
 * Something wrong with an entered row.
 *
 * @param row    the row as the person counts it (0 for the table as a whole)
 * @param column the column's Chinese name (类别, 年度, 开发区类型, 开发区, 指标, 目标值), or empty for the whole row
 */
public record TargetProblem(int row, String column, String message) {

    /** 目标表 第5行“目标值”列：“十五”不是数字; the sheet name may be empty (a web form). */
    public String describe(String sheet) {
        String where = (sheet == null || sheet.isEmpty() ? "" : sheet + " ") + (row > 0 ? "第" + row + "行" : "");
        String col = column.isEmpty() ? "" : "“" + column + "”" + (sheet == null || sheet.isEmpty() ? "" : "列");
        return where + col + (where.isEmpty() && col.isEmpty() ? "" : "：") + message;
    }

    @Override
    public String toString() {
        return describe("");
    }
}
