package cn.kaohe.targets;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.kaohe.figures.Indicator;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.text.TextFiles;

/**
 * One targets file ({@code industrial/targets-2023.drl.csv}) as rows of data. Everything that is not a
 * data row (RuleSet, Import, Notes, each RuleTable's template rows, blank rows) is kept exactly as
 * written; the data rows are written back from the model, each with its rule name generated from its
 * cells, so an unchanged table gives back the same text.
 */
public final class TargetTable {

    private static final Pattern YEAR = Pattern.compile("targets-(\\d{4})");
    private static final Set<String> KEYWORDS = Set.of("RuleSet", "Import", "Notes", "Variables", "Functions", "Queries", "Declare",
            "Sequential", "SequentialMaxPriority", "EscapeQuotes", "NumericDisabled");
    static final String YEAR_LABEL = "年度";
    static final String TYPE_LABEL = "开发区类型";
    static final String ZONE_LABEL = "开发区";
    static final String INDICATOR_LABEL = "指标";
    static final String VALUE_LABEL = "目标值";

    /** One RuleTable: its kind, title, the file lines its data rows occupy (1-based, inclusive) and its columns. */
    private record Block(TargetKind kind, String title, int from, int to, int width, int yearCol, int scopeCol, int indicatorCol,
            int valueCol) {
    }

    private final String path;
    private final List<String> lines;
    private final String newline;
    private final boolean endsWithNewline;
    private final Map<TargetKind, Block> blocks;
    private final List<TargetRow> rows;

    private TargetTable(String path, List<String> lines, String newline, boolean endsWithNewline, Map<TargetKind, Block> blocks,
            List<TargetRow> rows) {
        this.path = path;
        this.lines = lines;
        this.newline = newline;
        this.endsWithNewline = endsWithNewline;
        this.blocks = blocks;
        this.rows = List.copyOf(rows);
    }

    /**
     * @throws IllegalArgumentException naming the file and line when the text is not a targets table
     */
    public static TargetTable read(String path, String text) {
        List<TextFiles.Row> csv;
        try {
            csv = TextFiles.csvRows(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("目标表 " + path + " 不是有效的CSV文件：" + e.getMessage(), e);
        }
        boolean ends = text.endsWith("\n");
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        if (ends) {
            lines.remove(lines.size() - 1);
        }
        Map<TargetKind, Block> blocks = new EnumMap<>(TargetKind.class);
        List<TargetRow> rows = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            if (!csv.get(r).cell(0).startsWith("RuleTable")) {
                continue;
            }
            if (r + 4 >= csv.size()) {
                throw problem(path, csv.get(r).line(), "规则表的表头不完整");
            }
            List<String> header = csv.get(r + 1).cells().stream().map(String::strip).toList();
            int action = header.indexOf("ACTION");
            TargetKind kind = action < 0 ? null : TargetKind.ofAction(csv.get(r + 3).cell(action)).orElse(null);
            if (kind == null) {
                throw problem(path, csv.get(r).line(), "“" + csv.get(r).cell(0) + "”不是省定目标或示例目标表");
            }
            if (blocks.containsKey(kind)) {
                throw problem(path, csv.get(r).line(), "有两个“" + kind.label() + "”目标表；每类目标只能有一个表");
            }
            List<String> labels = csv.get(r + 4).cells().stream().map(String::strip).toList();
            int scope = labels.indexOf(kind == TargetKind.ZONE ? ZONE_LABEL : TYPE_LABEL);
            int[] cols = {labels.indexOf(YEAR_LABEL), scope, labels.indexOf(INDICATOR_LABEL), labels.indexOf(VALUE_LABEL)};
            if (Arrays.stream(cols).anyMatch(c -> c < 0)) {
                throw problem(path, csv.get(r + 4).line(), "规则表的列名应为：规则名称,年度," + (kind == TargetKind.ZONE ? ZONE_LABEL : TYPE_LABEL)
                        + ",指标,目标值");
            }
            int first = r + 5;
            int end = first;
            while (end < csv.size() && isData(csv.get(end))) {
                rows.add(row(path, kind, csv.get(end), cols));
                end++;
            }
            int from = last(csv.get(r + 4)) + 1;
            int to = end == first ? from - 1 : last(csv.get(end - 1));
            blocks.put(kind, new Block(kind, csv.get(r).cell(0).substring("RuleTable".length()).strip(), from, to, labels.size(),
                    cols[0], cols[1], cols[2], cols[3]));
            r = end - 1;
        }
        if (blocks.isEmpty()) {
            throw problem(path, 1, "没有找到省定目标表（RuleTable）");
        }
        return new TargetTable(path, lines, text.contains("\r\n") ? "\r\n" : "\n", ends, blocks, rows);
    }

    public String path() {
        return path;
    }

    public List<TargetRow> rows() {
        return rows;
    }

    /** The kinds this file has a table for. */
    public Set<TargetKind> kinds() {
        return blocks.keySet();
    }

    /** A table's title: 2023年省定目标（同类开发区通用）. */
    public String title(TargetKind kind) {
        Block b = blocks.get(kind);
        return b == null ? kind.label() : b.title();
    }

    /** The year the file name gives (targets-2023 → 2023), if it gives one. */
    public OptionalInt year() {
        Matcher m = YEAR.matcher(path);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The same file with other rows; each kind's rows keep their order. */
    public TargetTable withRows(List<TargetRow> newRows) {
        for (TargetRow row : newRows) {
            if (!blocks.containsKey(row.kind())) {
                throw new IllegalArgumentException("目标表 " + path + " 没有“" + row.kind().label() + "”一类的表");
            }
        }
        return new TargetTable(path, lines, newline, endsWithNewline, blocks, newRows);
    }

    /** The file's text: the kept rows as they were, each table's data rows from the model. */
    public String text(IndicatorCatalog indicators) {
        List<String> out = new ArrayList<>();
        int next = 1;
        List<Block> ordered = blocks.values().stream().sorted((a, b) -> Integer.compare(a.from(), b.from())).toList();
        for (Block block : ordered) {
            out.addAll(lines.subList(next - 1, block.from() - 1));
            for (TargetRow row : rows) {
                if (row.kind() == block.kind()) {
                    out.add(line(block, row, indicators));
                }
            }
            next = block.to() + 1;
        }
        out.addAll(lines.subList(next - 1, lines.size()));
        return String.join(newline, out) + (endsWithNewline ? newline : "");
    }

    /** The unit an indicator's target is written in (%, 万元/亩, 分), empty when the indicator is unknown. */
    public static String unit(IndicatorCatalog indicators, String indicator) {
        return indicators.find(indicator).map(Indicator::unit).orElse("");
    }

    private static String line(Block block, TargetRow row, IndicatorCatalog indicators) {
        String[] cells = new String[block.width()];
        Arrays.fill(cells, "");
        cells[0] = row.ruleName(unit(indicators, row.indicator()));
        cells[block.yearCol()] = String.valueOf(row.year());
        cells[block.scopeCol()] = row.kind() == TargetKind.ZONE ? row.zone() : row.zoneType();
        cells[block.indicatorCol()] = row.indicator();
        cells[block.valueCol()] = TargetRow.plain(row.value());
        return String.join(",", Arrays.stream(cells).map(TargetTable::quoted).toList());
    }

    private static String quoted(String cell) {
        boolean needs = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
                || !cell.equals(cell.strip());
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private static boolean isData(TextFiles.Row row) {
        String first = row.cell(0);
        return !row.isBlank() && !first.startsWith("RuleTable") && !KEYWORDS.contains(first);
    }

    private static TargetRow row(String path, TargetKind kind, TextFiles.Row row, int[] cols) {
        String yearText = row.cell(cols[0]);
        String valueText = row.cell(cols[3]);
        int year;
        BigDecimal value;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw problem(path, row.line(), "年度“" + yearText + "”不是年份");
        }
        try {
            value = new BigDecimal(valueText);
        } catch (NumberFormatException e) {
            throw problem(path, row.line(), "目标值“" + valueText + "”不是数字");
        }
        String scope = row.cell(cols[1]);
        return new TargetRow(kind, year, kind == TargetKind.ZONE ? "" : scope, kind == TargetKind.ZONE ? scope : "", row.cell(cols[2]), value);
    }

    /** The last file line of a CSV row (a quoted cell may run over several lines). */
    private static int last(TextFiles.Row row) {
        return row.line() + row.cells().stream().mapToInt(c -> (int) c.chars().filter(ch -> ch == '\n').count()).sum();
    }

    private static IllegalArgumentException problem(String path, int line, String message) {
        return new IllegalArgumentException("目标表 " + path + " 第" + line + "行：" + message);
    }
}
