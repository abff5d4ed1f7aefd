package cn.kaohe.figures;

/** One refused row: where it is, what was there and why it cannot be taken. */
public record ImportProblem(int line, String column, String value, String reason) {

    @Override
    public String toString() {
        return "第" + line + "行" + (column.isEmpty() ? "" : "“" + column + "”列") + (value.isEmpty() ? "" : "（" + value + "）") + "：" + reason;
    }
}
