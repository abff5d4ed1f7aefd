package cn.kaohe.figures;

import static cn.kaohe.figures.FiguresReader.INDICATOR;
import static cn.kaohe.figures.FiguresReader.NOTE;
import static cn.kaohe.figures.FiguresReader.PERIOD;
import static cn.kaohe.figures.FiguresReader.PREVIOUS;
import static cn.kaohe.figures.FiguresReader.SUBJECT;
import static cn.kaohe.figures.FiguresReader.VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.kaohe.text.Names;
import cn.kaohe.zone.Zone;

/**
 * The wide format officials fill in: one row per subject, one column per indicator, and
 * "<指标>上年同期" columns for the figure a year earlier. An empty cell is a figure not reported.
 */
final class WideFigures {

    /** What a header names: an indicator's value, or its value a year earlier. */
    record HeaderName(Indicator indicator, boolean previous) {
    }

    private record Column(int index, String header, HeaderName name) {
    }

    private static final Pattern PREVIOUS_SUFFIX = Pattern.compile("^(.*?)(?:\\(上年同期\\)|上年同期)(?:\\([^()]*\\))?$");

    private final FigureChecks checks;
    private int periodColumn = -1;
    private int subjectColumn = -1;
    private int noteColumn = -1;
    private final Map<String, Column> values = new LinkedHashMap<>();
    private final Map<String, Column> previous = new LinkedHashMap<>();

    /**
     * Every header a wide table may use for an indicator, by {@link Names#key}: its name or an alias,
     * optionally followed by its unit in brackets, and the same with 上年同期, (上年同期) or （上年同期）.
     */
    static Map<String, HeaderName> headerNames(IndicatorCatalog indicators) {
        Map<String, HeaderName> names = new HashMap<>();
        for (Indicator indicator : indicators.indicators()) {
            List<String> all = new ArrayList<>();
            all.add(indicator.name());
            all.addAll(indicator.aliases());
            for (String name : all) {
                List<String> bases = indicator.unit().isEmpty() ? List.of(name) : List.of(name, name + "(" + indicator.unit() + ")");
                for (String base : bases) {
                    names.putIfAbsent(Names.key(base), new HeaderName(indicator, false));
                    names.putIfAbsent(Names.key(base + "上年同期"), new HeaderName(indicator, true));
                    names.putIfAbsent(Names.key(base + "(上年同期)"), new HeaderName(indicator, true));
                }
                names.putIfAbsent(Names.key(name + "上年同期(" + indicator.unit() + ")"), new HeaderName(indicator, true));
            }
        }
        return names;
    }

    /** Wide when the header has neither 指标 nor 数值, and has 考核期 and 对象 or names an indicator. */
    static boolean isWide(SheetRow header, Map<String, HeaderName> names) {
        List<String> keys = header.cells().stream().map(c -> Names.key(c.text())).toList();
        if (keys.contains(INDICATOR) || keys.contains(VALUE)) {
            return false;
        }
        return keys.contains(PERIOD) && keys.contains(SUBJECT) || keys.stream().anyMatch(names::containsKey);
    }

    /** Reads the header; its problems go to {@code checks}. */
    WideFigures(FigureChecks checks, SheetRow header, Map<String, HeaderName> names) {
        this.checks = checks;
        int line = header.line();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i).text();
            String key = Names.key(text);
            if (key.isEmpty()) {
                continue;
            }
            if (key.equals(PERIOD) || key.equals(SUBJECT) || key.equals(NOTE)) {
                int earlier = key.equals(PERIOD) ? periodColumn : key.equals(SUBJECT) ? subjectColumn : noteColumn;
                if (earlier >= 0) {
                    checks.problem(line, i, key, "", "列名重复");
                } else if (key.equals(PERIOD)) {
                    periodColumn = i;
                } else if (key.equals(SUBJECT)) {
                    subjectColumn = i;
                } else {
                    noteColumn = i;
                }
            } else if (key.equals(PREVIOUS)) {
                checks.problem(line, i, text, "", "每个指标一列的表中，上年同期列须写明指标，如“规上工业增加值上年同期”");
            } else if (!names.containsKey(key)) {
                checks.problem(line, i, text, "", "不认识的列：不是已知的考核指标" + suggestion(key).map(s -> "，是否应为“" + s + "”？").orElse("")
                        + "（列名应为考核期、对象、备注、指标名称或“指标名称上年同期”）");
            } else {
                Column column = new Column(i, text, names.get(key));
                Map<String, Column> kind = column.name().previous() ? previous : values;
                Column earlier = kind.putIfAbsent(column.name().indicator().name(), column);
                if (earlier != null) {
                    checks.problem(line, i, text, "", "与“" + earlier.header() + "”列重复（都是“" + column.name().indicator().name()
                            + "”" + (column.name().previous() ? "的上年同期" : "") + "）");
                }
            }
        }
        for (Column column : previous.values()) {
            if (!values.containsKey(column.name().indicator().name())) {
                checks.problem(line, column.index(), column.header(), "", "有上年同期列，却没有“" + column.name().indicator().name() + "”列");
            }
        }
        for (String required : List.of(PERIOD, SUBJECT)) {
            if ((required.equals(PERIOD) ? periodColumn : subjectColumn) < 0) {
                checks.problem(line, -1, required, "", "缺少此列，每个指标一列的表头应为“考核期,对象,指标名称……[,备注]”");
            }
        }
        if (values.isEmpty() && previous.isEmpty()) {
            checks.problem(line, -1, "", "", "表头中没有任何指标列");
        }
    }

    private Optional<String> suggestion(String key) {
        Matcher m = PREVIOUS_SUFFIX.matcher(key);
        boolean wasPrevious = m.matches() && !m.group(1).isEmpty();
        return checks.indicators().suggest(wasPrevious ? m.group(1) : key).map(s -> wasPrevious ? s + "上年同期" : s);
    }

    void read(List<SheetRow> rows, int width) {
        for (SheetRow row : rows) {
            if (!checks.withinHeader(row, width)) {
                continue;
            }
            boolean reported = values.values().stream().anyMatch(c -> !row.cell(c.index()).isBlank())
                    || previous.values().stream().anyMatch(c -> !row.cell(c.index()).isBlank());
            checks.period(row, periodColumn, reported);
            Optional<Zone> subject = checks.subject(row, subjectColumn, reported);
            for (Column column : values.values()) {
                Indicator indicator = column.name().indicator();
                Column previousColumn = previous.get(indicator.name());
                SheetRow.Cell valueCell = row.cell(column.index());
                SheetRow.Cell previousCell = previousColumn == null ? SheetRow.Cell.EMPTY : row.cell(previousColumn.index());
                if (valueCell.isBlank() && previousCell.isBlank()) {
                    continue;
                }
                BigDecimal value = null;
                if (valueCell.isBlank()) {
                    checks.problem(row.line(), previousColumn.index(), previousColumn.header(), previousCell.text(),
                            "只填了上年同期，没有填本期的“" + column.header() + "”；请补上本期数值，或清空上年同期");
                } else {
                    value = checks.number(row, column.index(), column.header(), true);
                }
                BigDecimal before = previousColumn == null ? null : checks.number(row, previousColumn.index(), previousColumn.header(), false);
                if (subject.isPresent() && !valueCell.isBlank()
                        && checks.unique(row, column.index(), column.header(), subject.get(), indicator) && value != null) {
                    checks.add(new Figure(row.line(), subject.get(), indicator, value, before, row.cell(noteColumn).text()));
                }
            }
        }
    }
}
