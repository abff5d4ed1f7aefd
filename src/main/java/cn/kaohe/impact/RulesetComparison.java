package cn.kaohe.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two rulesets compared file by file: which rule files were added, deleted or changed, and for each changed file its
 * lines in unified-style hunks. Line endings do not count: a file saved with \r\n is the same as one with \n.
 *
 * @param files every file of either ruleset, by path
 */
public record RulesetComparison(List<FileComparison> files) {

    /** Lines of context around each change, as in {@code diff -u}. */
    public static final int CONTEXT = 3;

    public RulesetComparison {
        files = List.copyOf(files);
    }

    /** What became of a file. */
    public enum FileStatus {
        ADDED("新增"), DELETED("删除"), MODIFIED("修改"), UNCHANGED("未变");

        private final String label;

        FileStatus(String label) {
            this.label = label;
        }

        /** 新增, 删除, 修改 or 未变. */
        public String label() {
            return label;
        }
    }

    /**
     * One file of either ruleset.
     *
     * @param path         relative to the ruleset's folder: {@code industrial/targets-2023.drl.csv}
     * @param addedLines   lines only in the right file (all of them for an added file)
     * @param removedLines lines only in the left file (all of them for a deleted file)
     * @param hunks        the changed lines with their context; empty when unchanged
     */
    public record FileComparison(String path, FileStatus status, int addedLines, int removedLines, List<LineDiff.Hunk> hunks) {

        public FileComparison {
            hunks = List.copyOf(hunks);
        }
    }

    /**
     * Compares two rulesets given as file texts keyed by relative path.
     *
     * @param left  the files as they were (the published ruleset)
     * @param right the files as they would be (the candidate)
     */
    public static RulesetComparison compare(Map<String, String> left, Map<String, String> right) {
        TreeSet<String> paths = new TreeSet<>(left.keySet());
        paths.addAll(right.keySet());
        List<FileComparison> files = new ArrayList<>();
        for (String path : paths) {
            files.add(compareFile(path, left.get(path), right.get(path)));
        }
        return new RulesetComparison(files);
    }

    private static FileComparison compareFile(String path, String left, String right) {
        List<String> leftLines = LineDiff.lines(left);
        List<String> rightLines = LineDiff.lines(right);
        FileStatus status = left == null ? FileStatus.ADDED
                : right == null ? FileStatus.DELETED
                : leftLines.equals(rightLines) ? FileStatus.UNCHANGED : FileStatus.MODIFIED;
        if (status == FileStatus.UNCHANGED) {
            return new FileComparison(path, status, 0, 0, List.of());
        }
        List<LineDiff.Line> lines = LineDiff.compare(leftLines, rightLines);
        int added = (int) lines.stream().filter(l -> l.kind() == LineDiff.Kind.ADDED).count();
        int removed = (int) lines.stream().filter(l -> l.kind() == LineDiff.Kind.REMOVED).count();
        return new FileComparison(path, status, added, removed, LineDiff.hunks(lines, CONTEXT));
    }

    /** The files added, deleted or changed. */
    public List<FileComparison> changed() {
        return files.stream().filter(f -> f.status() != FileStatus.UNCHANGED).toList();
    }

    /** The file at this path, or null when neither ruleset has it. */
    public FileComparison file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
    }

    public boolean identical() {
        return changed().isEmpty();
    }

    public int addedLines() {
        return files.stream().mapToInt(FileComparison::addedLines).sum();
    }

    public int removedLines() {
        return files.stream().mapToInt(FileComparison::removedLines).sum();
    }

    /** 修改2个文件，新增1个文件（增加12行、删除3行）, or 规则文件没有变化. */
    public String summary() {
        if (identical()) {
            return "规则文件没有变化";
        }
        List<String> parts = new ArrayList<>();
        for (FileStatus status : List.of(FileStatus.MODIFIED, FileStatus.ADDED, FileStatus.DELETED)) {
            long count = files.stream().filter(f -> f.status() == status).count();
            if (count > 0) {
                parts.add(status.label() + count + "个文件");
            }
        }
        return String.join("，", parts) + "（增加" + addedLines() + "行、删除" + removedLines() + "行）";
    }
}
