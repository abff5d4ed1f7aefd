package cn.kaohe.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;

import cn.kaohe.period.Period;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * The checks every format shares (考核期, 对象, 指标, numbers, one period per file, no figure twice),
 * collecting every problem and every figure of one file.
 */
final class FigureChecks {

    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;
    private final boolean workbook;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private Period period;
    private int periodLine;

    FigureChecks(ZoneRegistry zones, IndicatorCatalog indicators, boolean workbook) {
        this.zones = zones;
        this.indicators = indicators;
        this.workbook = workbook;
    }

    IndicatorCatalog indicators() {
        return indicators;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<Figure> figures() {
        return figures;
    }

    Period period() {
        return period;
    }

    /** The workbook address of a cell (D5), or empty for CSV files and whole-row problems. */
    String address(int line, int column) {
        return workbook && column >= 0 ? CellReference.convertNumToColString(column) + line : "";
    }

    void problem(int line, int column, String columnName, String value, String reason) {
        problems.add(new ImportProblem(line, columnName, value, reason, address(line, column)));
    }

    /** False, with a problem, when the row has something to the right of the header's last column. */
    boolean withinHeader(SheetRow row, int width) {
        List<SheetRow.Cell> extra = row.beyond(width);
        if (extra.isEmpty()) {
            return true;
        }
        if (workbook) {
            int first = width;
            while (row.cell(first).isBlank()) {
                first++;
            }
            problem(row.line(), first, "", "", "表头以外的列还有" + extra.size() + "个单元格有内容，无法确定它们属于哪一列"
                    + "（请删除这些内容，或在第1行给该列写上列名）");
        } else {
            problem(row.line(), -1, "", "", "本行比表头多出" + extra.size() + "个单元格，无法确定各列的值"
                    + "（数字中的千位分隔逗号须放在引号内，如\"1,234.5\"，或去掉逗号）");
        }
        return false;
    }

    /** The row's 考核期; a different one from an earlier row is refused, naming the row it first appeared on. */
    Period period(SheetRow row, int column, boolean required) {
        SheetRow.Cell cell = row.cell(column);
        String columnName = FiguresReader.PERIOD;
        if (cell.isBlank()) {
            if (required) {
                problem(row.line(), column, columnName, "", "考核期为空");
            }
            return null;
        }
        if (cell.date()) {
            problem(row.line(), column, columnName, cell.text(), "考核期是Excel日期，看不出考核的是哪几个月；"
                    + "请先把该单元格设为“文本”格式，再写作如“2023年1-6月”“2023年上半年”");
            return null;
        }
        Period rowPeriod;
        try {
            rowPeriod = Period.parse(cell.text());
        } catch (IllegalArgumentException e) {
            problem(row.line(), column, columnName, cell.text(), e.getMessage());
            return null;
        }
        if (period == null) {
            period = rowPeriod;
            periodLine = row.line();
        } else if (!rowPeriod.equals(period)) {
            problem(row.line(), column, columnName, cell.text(),
                    "与第" + periodLine + "行的考核期“" + period.label() + "”不同，一个文件只能包含一个考核期的数据");
        }
        return rowPeriod;
    }

    Optional<Zone> subject(SheetRow row, int column, boolean required) {
        String text = row.cell(column).text();
        if (text.isEmpty()) {
            if (required) {
                problem(row.line(), column, FiguresReader.SUBJECT, "", "对象为空");
            }
            return Optional.empty();
        }
        Optional<Zone> zone = zones.find(text);
        if (zone.isEmpty()) {
            problem(row.line(), column, FiguresReader.SUBJECT, text, "开发区名录中没有这个对象"
                    + zones.suggest(text).map(s -> "，是否应为“" + s + "”？").orElse(""));
        }
        return zone;
    }

    Optional<Indicator> indicator(SheetRow row, int column) {
        String text = row.cell(column).text();
        if (text.isEmpty()) {
            problem(row.line(), column, FiguresReader.INDICATOR, "", "指标为空");
            return Optional.empty();
        }
        Optional<Indicator> indicator = indicators.find(text);
        if (indicator.isEmpty()) {
            problem(row.line(), column, FiguresReader.INDICATOR, text, "不是已知的考核指标"
                    + indicators.suggest(text).map(s -> "，是否应为“" + s + "”？").orElse(""));
        }
        return indicator;
    }

    /** The cell's number: the workbook's own number, or the text as reports type it; null when empty or refused. */
    BigDecimal number(SheetRow row, int column, String columnName, boolean required) {
        SheetRow.Cell cell = row.cell(column);
        if (cell.isBlank()) {
            if (required) {
                problem(row.line(), column, columnName, "", columnName + "为空");
            }
            return null;
        }
        if (cell.date()) {
            problem(row.line(), column, columnName, cell.text(), "是日期，不是数字（请把单元格格式改为“常规”或“数值”后重新填写）");
            return null;
        }
        if (cell.number() != null) {
            return cell.number();
        }
        try {
            return NumberText.parse(cell.text());
        } catch (NumberFormatException e) {
            problem(row.line(), column, columnName, cell.text(), "不是数字");
            return null;
        }
    }

    /** True when this subject's indicator has not come before (or may repeat); otherwise a problem naming the earlier row. */
    boolean unique(SheetRow row, int column, String columnName, Zone subject, Indicator indicator) {
        if (indicator.repeatable()) {
            return true;
        }
        String key = subject.name() + "\u0000" + indicator.name();
        Integer earlier = seen.putIfAbsent(key, row.line());
        if (earlier != null) {
            problem(row.line(), column, columnName, "", "“" + subject.name() + "”的“" + indicator.name() + "”与第" + earlier + "行重复");
            return false;
        }
        return true;
    }

    void add(Figure figure) {
        figures.add(figure);
    }
}
