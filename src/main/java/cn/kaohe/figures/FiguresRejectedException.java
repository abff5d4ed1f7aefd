package cn.kaohe.figures;

import java.util.List;
import java.util.stream.Collectors;

/** A figures file that cannot be taken: every problem found, by row. Nothing of it is evaluated or stored. */
public class FiguresRejectedException extends RuntimeException {

    private final String source;
    private final List<ImportProblem> problems;

    public FiguresRejectedException(String source, List<ImportProblem> problems) {
        super("数据文件 " + source + " 有" + problems.size() + "处错误，未导入任何数据：\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
