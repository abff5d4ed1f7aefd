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
        boolean named = sheet != null && !sheet.isEmpty();
        String where = (named ? sheet : "") + (named && row > 0 ? " " : "") + (row > 0 ? "第" + row + "行" : "")
                + (column.isEmpty() ? "" : "“" + column + "”" + (named ? "列" : ""));
        return where.isEmpty() ? message : where + "：" + message;
    }

    @Override
    public String toString() {
        return describe("");
    }
}
