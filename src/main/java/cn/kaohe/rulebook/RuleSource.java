package cn.kaohe.rulebook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.kaohe.text.TextFiles;

/**
 * A rule file as policy staff read it: the explanation its author wrote at the top (the leading {@code //}
 * comments of a .drl, the {@code Notes} rows of a decision table) and, for a decision table, each
 * RuleTable's title, column labels and data rows, without the template rows Drools needs
 * (RuleSet, Import, NAME/CONDITION/ACTION and the two rows under them).
 *
 * @param header the explanation, as paragraphs
 * @param tables the decision tables, empty for a .drl
 * @param lines  the file's lines, for showing its source with line numbers
 */
public record RuleSource(List<String> header, List<Table> tables, List<String> lines) {

    /** Rows of a decision table that only Drools reads. */
    private static final Set<String> TECHNICAL = Set.of("RuleSet", "Import", "Declare", "Variables", "Functions", "Queries", "Sequential",
            "SequentialMaxPriority", "SequentialMinPriority", "EscapeQuotes", "NumericDisabled", "Unit", "DialectMode");

    /**
     * One RuleTable: every data row is a rule, named in its first column.
     *
     * @param notes the Notes rows written just above it (after the file's header)
     */
    public record Table(String title, List<String> notes, int line, List<String> columns, List<TextFiles.Row> rows) {
    }

    public RuleSource {
        header = List.copyOf(header);
        tables = List.copyOf(tables);
        lines = List.copyOf(lines);
    }

    public boolean decisionTable() {
        return !tables.isEmpty();
    }

    public static RuleSource of(String path, String content) {
        List<String> lines = content.lines().toList();
        return path.endsWith(".drl.csv") ? table(content, lines) : new RuleSource(paragraphs(comments(lines)), List.of(), lines);
    }

    /** The leading comment block of a .drl, without the {@code //} (a bare {@code //} is a blank line). */
    static List<String> comments(List<String> lines) {
        List<String> text = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (!s.startsWith("//")) {
                if (s.isEmpty() && text.isEmpty()) {
                    continue;
                }
                break;
            }
            String rest = s.substring(2);
            text.add(rest.startsWith(" ") ? rest.substring(1) : rest);
        }
        return text;
    }

    private static RuleSource table(String content, List<String> lines) {
        List<TextFiles.Row> rows;
        try {
            rows = TextFiles.csvRows(content);
        } catch (IOException | RuntimeException e) {
            return new RuleSource(List.of("这个决策表无法读取：" + e.getMessage()), List.of(), lines);
        }
        List<String> header = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            TextFiles.Row row = rows.get(i);
            String first = row.cell(0);
            if (first.equals("Notes")) {
                (tables.isEmpty() ? header : pending).add(row.cell(1));
                i++;
            } else if (first.startsWith("RuleTable")) {
                TextFiles.Row types = i + 1 < rows.size() ? rows.get(i + 1) : new TextFiles.Row(row.line(), List.of());
                int width = width(types);
                List<String> columns = i + 4 < rows.size() ? cells(rows.get(i + 4), width) : List.of();
                List<TextFiles.Row> data = new ArrayList<>();
                int j = i + 5;
                for (; j < rows.size() && !rows.get(j).isBlank() && !isKeyword(rows.get(j).cell(0)); j++) {
                    data.add(new TextFiles.Row(rows.get(j).line(), cells(rows.get(j), width)));
                }
                tables.add(new Table(first.substring("RuleTable".length()).strip(), List.copyOf(pending), row.line(), columns, data));
                pending.clear();
                i = j;
            } else {
                i++;
            }
        }
        if (!pending.isEmpty() && !tables.isEmpty()) {
            Table last = tables.remove(tables.size() - 1);
            List<String> notes = new ArrayList<>(last.notes());
            notes.addAll(pending);
            tables.add(new Table(last.title(), notes, last.line(), last.columns(), last.rows()));
        }
        return new RuleSource(header, tables, lines);
    }

    private static boolean isKeyword(String cell) {
        return cell.equals("Notes") || cell.startsWith("RuleTable") || TECHNICAL.contains(cell);
    }

    /** How many columns the table has: up to the last NAME/CONDITION/ACTION/… keyword of its first row. */
    private static int width(TextFiles.Row types) {
        int width = 0;
        for (int c = 0; c < types.cells().size(); c++) {
            if (!types.cell(c).isEmpty()) {
                width = c + 1;
            }
        }
        return width;
    }

    private static List<String> cells(TextFiles.Row row, int width) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            cells.add(row.cell(c));
        }
        return cells;
    }

    /**
     * Joins wrapped lines into paragraphs, the way the authors wrote them: a blank line or an indented line
     * (a list under a heading) starts a new paragraph, and so does the line after one ending a sentence
     * (。 or ：); otherwise the next line continues the sentence (Chinese needs no space between).
     * Indented lines keep their indentation.
     */
    public static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            boolean indented = line.startsWith(" ") || line.startsWith("\t");
            String text = line.strip();
            if (text.isEmpty()) {
                current = flush(paragraphs, current);
                continue;
            }
            if (indented) {
                current = flush(paragraphs, current);
                paragraphs.add(line.stripTrailing());
                continue;
            }
            if (current == null) {
                current = new StringBuilder(text);
            } else {
                boolean latin = isLatin(current.charAt(current.length() - 1)) && isLatin(text.charAt(0));
                current.append(latin ? " " : "").append(text);
            }
            if (text.endsWith("。") || text.endsWith("：")) {
                current = flush(paragraphs, current);
            }
        }
        flush(paragraphs, current);
        return paragraphs;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static StringBuilder flush(List<String> paragraphs, StringBuilder current) {
        if (current != null && !current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return null;
    }
}
