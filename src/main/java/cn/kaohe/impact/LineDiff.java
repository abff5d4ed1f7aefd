package cn.kaohe.impact;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line difference of two texts: the longest common subsequence of their lines, then unified-style hunks
 * with a few lines of context. Written for rule files of a few thousand lines at most (the table is quadratic in the
 * lines that differ once the common beginning and end are set aside).
 */
public final class LineDiff {

    private LineDiff() {
    }

    /** How a line of the difference stands. */
    public enum Kind {
        SAME, ADDED, REMOVED
    }

    /**
     * One line of the difference.
     *
     * @param left  its 1-based line number in the left text, null when it is only in the right
     * @param right its 1-based line number in the right text, null when it is only in the left
     */
    public record Line(Kind kind, Integer left, Integer right, String text) {
    }

    /**
     * A run of changed lines with their context, as in a unified diff: lines {@code leftStart} to
     * {@code leftStart + leftCount - 1} of the left text against the same of the right. A side with no lines starts
     * at the line before (0 at the top of the file).
     */
    public record Hunk(int leftStart, int leftCount, int rightStart, int rightCount, List<Line> lines) {

        public Hunk {
            lines = List.copyOf(lines);
        }

        /** The unified diff header: {@code @@ -4,7 +4,7 @@}. */
        public String header() {
            return "@@ -" + range(leftStart, leftCount) + " +" + range(rightStart, rightCount) + " @@";
        }

        private static String range(int start, int count) {
            return count == 1 ? String.valueOf(start) : start + "," + count;
        }
    }

    /** The text's lines, split on \n with a \r before it dropped; a final line break does not start another line. */
    public static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String[] parts = text.split("\n", -1);
        int count = parts[parts.length - 1].isEmpty() ? parts.length - 1 : parts.length;
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String line = parts[i];
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }

    /** Every line of both texts in order, each marked same, added or removed. */
    public static List<Line> compare(String left, String right) {
        return compare(lines(left), lines(right));
    }

    /** Every line of both lists in order, each marked same, added or removed; removals come before additions. */
    public static List<Line> compare(List<String> left, List<String> right) {
        int n = left.size();
        int m = right.size();
        int prefix = 0;
        while (prefix < n && prefix < m && left.get(prefix).equals(right.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && left.get(n - 1 - suffix).equals(right.get(m - 1 - suffix))) {
            suffix++;
        }
        List<Line> out = new ArrayList<>(n + m);
        for (int i = 0; i < prefix; i++) {
            out.add(new Line(Kind.SAME, i + 1, i + 1, left.get(i)));
        }
        middle(left.subList(prefix, n - suffix), right.subList(prefix, m - suffix), prefix, out);
        for (int i = n - suffix, j = m - suffix; i < n; i++, j++) {
            out.add(new Line(Kind.SAME, i + 1, j + 1, left.get(i)));
        }
        return out;
    }

    /** The lines that differ, by a table of common subsequence lengths of what follows each pair of positions. */
    private static void middle(List<String> a, List<String> b, int offset, List<Line> out) {
        int p = a.size();
        int q = b.size();
        int width = q + 1;
        int[] common = new int[(p + 1) * width];
        for (int i = p - 1; i >= 0; i--) {
            for (int j = q - 1; j >= 0; j--) {
                common[i * width + j] = a.get(i).equals(b.get(j))
                        ? common[(i + 1) * width + j + 1] + 1
                        : Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < p || j < q) {
            if (i < p && j < q && a.get(i).equals(b.get(j))) {
                out.add(new Line(Kind.SAME, offset + i + 1, offset + j + 1, a.get(i)));
                i++;
                j++;
            } else if (j == q || (i < p && common[(i + 1) * width + j] >= common[i * width + j + 1])) {
                out.add(new Line(Kind.REMOVED, offset + i + 1, null, a.get(i)));
                i++;
            } else {
                out.add(new Line(Kind.ADDED, null, offset + j + 1, b.get(j)));
                j++;
            }
        }
    }

    /** The changed lines grouped into hunks with {@code context} unchanged lines around them; close hunks merge. */
    public static List<Hunk> hunks(List<Line> lines, int context) {
        List<Hunk> hunks = new ArrayList<>();
        int leftSeen = 0;
        int rightSeen = 0;
        int done = 0;
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            int start = Math.max(done, i - context);
            int lastChange = i;
            int j = i + 1;
            while (j < lines.size() && (lines.get(j).kind() != Kind.SAME || j - lastChange <= 2 * context)) {
                if (lines.get(j).kind() != Kind.SAME) {
                    lastChange = j;
                }
                j++;
            }
            int end = Math.min(lines.size(), lastChange + context + 1);
            for (Line skipped : lines.subList(done, start)) {
                leftSeen += skipped.left() == null ? 0 : 1;
                rightSeen += skipped.right() == null ? 0 : 1;
            }
            List<Line> body = lines.subList(start, end);
            int leftCount = (int) body.stream().filter(l -> l.left() != null).count();
            int rightCount = (int) body.stream().filter(l -> l.right() != null).count();
            hunks.add(new Hunk(leftCount == 0 ? leftSeen : leftSeen + 1, leftCount,
                    rightCount == 0 ? rightSeen : rightSeen + 1, rightCount, body));
            leftSeen += leftCount;
            rightSeen += rightCount;
            done = end;
            i = end;
        }
        return hunks;
    }
}
