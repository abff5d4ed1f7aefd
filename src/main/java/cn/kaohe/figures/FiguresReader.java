package cn.kaohe.figures;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.kaohe.period.Period;
import cn.kaohe.text.Names;
import cn.kaohe.text.TextFiles;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Reads a long-format figures file. Every row is checked and every problem is collected, so the
 * official sees all of them at once; a file with any problem yields no figures at all.
 */
public final class FiguresReader {

    static final String PERIOD = "考核期";
    static final String SUBJECT = "对象";
    static final String INDICATOR = "指标";
    static final String VALUE = "数值";
    static final String PREVIOUS = "上年同期";
    static final String NOTE = "备注";
    private static final List<String> REQUIRED = List.of(PERIOD, SUBJECT, INDICATOR, VALUE);
    private static final List<String> KNOWN = List.of(PERIOD, SUBJECT, INDICATOR, VALUE, PREVIOUS, NOTE);

    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;

    public FiguresReader(ZoneRegistry zones, IndicatorCatalog indicators) {
        this.zones = zones;
        this.indicators = indicators;
    }

    /**
     * @param source the file name, for messages
     * @param bytes  the file as uploaded: UTF-8 (with or without BOM) or GBK
     * @throws FiguresRejectedException listing every problem by row when anything is wrong
     */
    public PeriodFigures read(String source, byte[] bytes) {
        List<TextFiles.Row> rows;
        try {
            rows = TextFiles.csvRows(TextFiles.decode(bytes));
        } catch (IllegalArgumentException e) {
            throw new FiguresRejectedException(source, List.of(new ImportProblem(lineOf(e.getMessage()), "", "",
                    e.getMessage().replaceFirst("^第\\d+行：", ""))));
        } catch (IOException e) {
            throw new FiguresRejectedException(source, List.of(new ImportProblem(1, "", "", "不是有效的CSV文件：" + e.getMessage())));
        }
        rows = rows.stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new FiguresRejectedException(source, List.of(new ImportProblem(1, "", "", "文件为空，应有表头“考核期,对象,指标,数值[,上年同期]”")));
        }
        Map<String, Integer> columns = readHeader(source, rows.get(0));
        int width = rows.get(0).cells().size();
        List<ImportProblem> problems = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        Period period = null;
        int periodLine = 0;
        Map<String, Integer> seen = new HashMap<>();
        for (TextFiles.Row row : rows.subList(1, rows.size())) {
            int problemsBefore = problems.size();
            int extra = (int) row.cells().subList(Math.min(width, row.cells().size()), row.cells().size()).stream().filter(c -> !c.isBlank()).count();
            if (extra > 0) {
                problems.add(new ImportProblem(row.line(), "", "", "本行比表头多出" + extra + "个单元格，无法确定各列的值"
                        + "（数字中的千位分隔逗号须放在引号内，如\"1,234.5\"，或去掉逗号）"));
                continue;
            }
            String periodText = cell(row, columns, PERIOD);
            Period rowPeriod = null;
            if (periodText.isEmpty()) {
                problems.add(new ImportProblem(row.line(), PERIOD, "", "考核期为空"));
            } else {
                try {
                    rowPeriod = Period.parse(periodText);
                } catch (IllegalArgumentException e) {
                    problems.add(new ImportProblem(row.line(), PERIOD, periodText, e.getMessage()));
                }
            }
            if (rowPeriod != null && period == null) {
                period = rowPeriod;
                periodLine = row.line();
            } else if (rowPeriod != null && !rowPeriod.equals(period)) {
                problems.add(new ImportProblem(row.line(), PERIOD, periodText,
                        "与第" + periodLine + "行的考核期“" + period.label() + "”不同，一个文件只能包含一个考核期的数据"));
            }
            Optional<Zone> subject = subject(row, columns, problems);
            Optional<Indicator> indicator = indicator(row, columns, problems);
            BigDecimal value = number(row, columns, VALUE, true, problems);
            BigDecimal previous = number(row, columns, PREVIOUS, false, problems);
            if (subject.isPresent() && indicator.isPresent()) {
                String key = subject.get().name() + "\u0000" + indicator.get().name();
                Integer earlier = seen.putIfAbsent(key, row.line());
                if (earlier != null) {
                    problems.add(new ImportProblem(row.line(), "", "",
                            "“" + subject.get().name() + "”的“" + indicator.get().name() + "”与第" + earlier + "行重复"));
                }
            }
            if (problems.size() == problemsBefore) {
                figures.add(new Figure(row.line(), subject.get(), indicator.get(), value, previous, cell(row, columns, NOTE)));
            }
        }
        if (rows.size() == 1) {
            problems.add(new ImportProblem(1, "", "", "只有表头，没有数据行"));
        }
        if (!problems.isEmpty()) {
            throw new FiguresRejectedException(source, problems);
        }
        return new PeriodFigures(source, period, List.copyOf(figures));
    }

    private static int lineOf(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^第(\\d+)行").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private Map<String, Integer> readHeader(String source, TextFiles.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = Names.key(header.cell(i));
            if (name.isEmpty()) {
                continue;
            }
            if (!KNOWN.contains(name)) {
                problems.add(new ImportProblem(header.line(), name, "", "不认识的列，可用的列为：" + String.join("、", KNOWN)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new ImportProblem(header.line(), name, "", "列名重复"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new ImportProblem(header.line(), required, "", "缺少此列，表头应为“考核期,对象,指标,数值[,上年同期]”"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FiguresRejectedException(source, problems);
        }
        return columns;
    }

    private static String cell(TextFiles.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private Optional<Zone> subject(TextFiles.Row row, Map<String, Integer> columns, List<ImportProblem> problems) {
        String text = cell(row, columns, SUBJECT);
        if (text.isEmpty()) {
            problems.add(new ImportProblem(row.line(), SUBJECT, "", "对象为空"));
            return Optional.empty();
        }
        Optional<Zone> zone = zones.find(text);
        if (zone.isEmpty()) {
            problems.add(new ImportProblem(row.line(), SUBJECT, text, "开发区名录中没有这个对象"
                    + zones.suggest(text).map(s -> "，是否应为“" + s + "”？").orElse("")));
        }
        return zone;
    }

    private Optional<Indicator> indicator(TextFiles.Row row, Map<String, Integer> columns, List<ImportProblem> problems) {
        String text = cell(row, columns, INDICATOR);
        if (text.isEmpty()) {
            problems.add(new ImportProblem(row.line(), INDICATOR, "", "指标为空"));
            return Optional.empty();
        }
        Optional<Indicator> indicator = indicators.find(text);
        if (indicator.isEmpty()) {
            problems.add(new ImportProblem(row.line(), INDICATOR, text, "不是已知的考核指标"
                    + indicators.suggest(text).map(s -> "，是否应为“" + s + "”？").orElse("")));
        }
        return indicator;
    }

    private static BigDecimal number(TextFiles.Row row, Map<String, Integer> columns, String column, boolean required,
            List<ImportProblem> problems) {
        String text = cell(row, columns, column);
        if (text.isEmpty()) {
            if (required) {
                problems.add(new ImportProblem(row.line(), column, "", column + "为空"));
            }
            return null;
        }
        try {
            return NumberText.parse(text);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(row.line(), column, text, "不是数字"));
            return null;
        }
    }
}
