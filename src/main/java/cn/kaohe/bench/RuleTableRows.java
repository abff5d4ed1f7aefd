package cn.kaohe.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.kaohe.text.TextFiles;

/**
 * The data rows of a CSV decision table ({@code *.drl.csv}) read as data, by the labels of its label row, for
 * {@link BaselineEvaluator}, which must read the same tables the rules are generated from. A table is laid out as
 * Drools lays it out: the {@code RuleTable} row, then NAME/CONDITION/ACTION, the patterns, the templates, the
 * labels, and data rows until a blank row, a keyword row or the next table.
 */
final class RuleTableRows {

    private static final Set<String> KEYWORDS = Set.of("RuleSet", "Import", "Notes", "Variables", "Functions", "Queries", "Declare",
            "Sequential", "SequentialMaxPriority", "EscapeQuotes", "NumericDisabled");

    /** One RuleTable: its title, the template row (what each column's rule does), and its data rows by label. */
    record Table(String title, List<String> templates, List<Row> rows) {
    }

    /** A data row: its file and line, and its cells by the label of their column. */
    record Row(String path, int line, Map<String, String> cells) {

        /**
         * @throws IllegalStateException naming the file line when the cell is blank: Drools would drop the condition, which the
         *                               floor does not model
         */
        String cell(String label) {
            String value = cells.get(label);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(path + " 第" + line + "行的“" + label + "”为空，手写底线不支持（规则会省略这个条件）");
            }
            return value;
        }
    }

    private RuleTableRows() {
    }

    /**
     * @throws IllegalArgumentException naming the file when the text is not CSV
     */
    static List<Table> read(String path, String text) {
        List<TextFiles.Row> csv;
        try {
            csv = TextFiles.csvRows(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("决策表 " + path + " 不是有效的CSV文件：" + e.getMessage(), e);
        }
        List<Table> tables = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            if (!csv.get(r).cell(0).startsWith("RuleTable") || r + 4 >= csv.size()) {
                continue;
            }
            List<String> templates = csv.get(r + 3).cells().stream().map(String::strip).toList();
            List<String> labels = csv.get(r + 4).cells().stream().map(String::strip).toList();
            List<Row> rows = new ArrayList<>();
            int end = r + 5;
            while (end < csv.size() && isData(csv.get(end))) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < labels.size(); c++) {
                    cells.put(labels.get(c), csv.get(end).cell(c));
                }
                rows.add(new Row(path, csv.get(end).line(), cells));
                end++;
            }
            tables.add(new Table(csv.get(r).cell(0).substring("RuleTable".length()).strip(), templates, rows));
            r = end - 1;
        }
        return tables;
    }

    private static boolean isData(TextFiles.Row row) {
        String first = row.cell(0);
        return !row.isBlank() && !first.startsWith("RuleTable") && !KEYWORDS.contains(first);
    }
}
