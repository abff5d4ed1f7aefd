package cn.kaohe.rules;

import java.io.IOException;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.model.DRLOutput;
import org.drools.template.parser.DataListener;
import org.drools.template.parser.DecisionTableParseException;

import cn.kaohe.text.TextFiles;

/**
 * Turns a CSV decision table ({@code *.drl.csv}) into DRL. The CSV is parsed here rather than by
 * Drools, whose CSV reader decodes with the platform charset; the rows are fed to Drools' own sheet
 * listener, so the table format is Drools' (RuleSet, Import, RuleTable, NAME/CONDITION/ACTION, and
 * a trailing {@code ...} to span a pattern over several columns).
 */
final class DecisionTables {

    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("RuleSet", "Import", "Notes", "Variables", "Functions",
            "Queries", "Declare", "Sequential", "SequentialMaxPriority", "EscapeQuotes", "NumericDisabled");
    private static final Pattern ROW_COMMENT = Pattern.compile("^// rule values at [A-Z]+(\\d+)");

    /** The generated DRL and, for each DRL line that starts a rule, the spreadsheet line it came from. */
    record Compiled(String drl, TreeMap<Integer, Integer> drlLineToSheetLine) {

        /** The line of the CSV file that produced the given line of generated DRL (0 when unknown). */
        int sheetLine(int drlLine) {
            var entry = drlLineToSheetLine.floorEntry(drlLine);
            return entry == null ? 0 : entry.getValue();
        }
    }

    private DecisionTables() {
    }

    /**
     * @throws RulesetException naming the file and line when the table cannot be read
     */
    static Compiled compile(String file, String csvText) {
        List<TextFiles.Row> rows;
        try {
            rows = TextFiles.csvRows(csvText);
        } catch (IOException | RuntimeException e) {
            throw new RulesetException("决策表 " + file + " 不是有效的CSV文件：" + e.getMessage());
        }
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
        int current = 0;
        try {
            listener.startSheet("csv");
            boolean[] skipped = emptyTables(rows);
            for (int r = 0; r < rows.size(); r++) {
                current = rows.get(r).line();
                List<String> cells = skipped[r] ? List.of() : rows.get(r).cells();
                listener.newRow(r, cells.size());
                int mergeStart = DataListener.NON_MERGED;
                for (int c = 0; c < cells.size(); c++) {
                    String cell = cells.get(c).strip();
                    boolean spans = cell.endsWith("...");
                    if (spans && mergeStart == DataListener.NON_MERGED) {
                        mergeStart = c;
                    } else if (!spans) {
                        mergeStart = DataListener.NON_MERGED;
                    }
                    listener.newCell(r, c, spans ? cell.substring(0, cell.length() - 3) : cell, mergeStart);
                }
            }
            listener.finishSheet();
        } catch (DecisionTableParseException | IllegalArgumentException e) {
            throw new RulesetException("决策表 " + file + " 第" + current + "行附近格式错误：" + e.getMessage());
        }
        DRLOutput out = new DRLOutput();
        listener.getRuleSet().renderDRL(out);
        String drl = out.getDRL();
        TreeMap<Integer, Integer> lines = new TreeMap<>();
        String[] drlLines = drl.split("\n", -1);
        for (int i = 0; i < drlLines.length; i++) {
            Matcher m = ROW_COMMENT.matcher(drlLines[i].strip());
            if (m.find()) {
                int rowIndex = Integer.parseInt(m.group(1)) - 1;
                lines.put(i + 1, rowIndex < rows.size() ? rows.get(rowIndex).line() : rowIndex + 1);
            }
        }
        return new Compiled(drl, lines);
    }

    /**
     * The rows of rule tables that have no data rows (a table whose every row was deleted, e.g. no zone
     * has an exception this year). Drools would take the rows after such a table for its rules, so the
     * table is left out: it makes no rules.
     */
    private static boolean[] emptyTables(List<TextFiles.Row> rows) {
        boolean[] skipped = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).cell(0).startsWith("RuleTable")) {
                int data = r + 5;
                boolean empty = data >= rows.size() || rows.get(data).isBlank() || rows.get(data).cell(0).startsWith("RuleTable")
                        || KEYWORDS.contains(rows.get(data).cell(0));
                for (int k = r; empty && k < Math.min(data, rows.size()); k++) {
                    skipped[k] = true;
                }
            }
        }
        return skipped;
    }
}
