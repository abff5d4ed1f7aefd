package cn.kaohe.text;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Matching of names as people type them: full-width forms, stray spaces and quotes do not matter. */
public final class Names {

    private Names() {
    }

    /** The form two names are compared in: NFKC, no whitespace, no quotation marks. */
    public static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder key = new StringBuilder(n.length());
        n.codePoints()
                .filter(c -> !Character.isWhitespace(c) && "\"'“”‘’「」".indexOf(c) < 0)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * The candidate a person most likely meant: one that contains what was typed (or is contained in
     * it), the closest in length; otherwise the one within a small edit distance, a plausible typo.
     * Normalises every candidate on each call; for many calls over the same names, keep a {@link Index}.
     */
    public static Optional<String> nearest(String typed, Collection<String> candidates) {
        return new Index(candidates).nearest(typed);
    }

    /**
     * Names normalised once, to suggest from many times: a national registry has thousands of names, and
     * a file of unknown zones asks for a suggestion on every row.
     */
    public static final class Index {

        private final List<String> candidates;
        private final List<String> keys;

        public Index(Collection<String> candidates) {
            this.candidates = List.copyOf(candidates);
            this.keys = this.candidates.stream().map(Names::key).toList();
        }

        /** As {@link Names#nearest}. */
        public Optional<String> nearest(String typed) {
            String t = key(typed);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            int tolerance = Math.max(1, t.length() / 3);
            String containing = null;
            int lengthDifference = Integer.MAX_VALUE;
            String closest = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int i = 0; i < keys.size(); i++) {
                String c = keys.get(i);
                int d = Math.abs(c.length() - t.length());
                if (t.length() >= 2 && (c.contains(t) || t.contains(c) && c.length() >= 2)) {
                    if (d < lengthDifference) {
                        lengthDifference = d;
                        containing = candidates.get(i);
                    }
                } else if (containing == null && d <= tolerance && d < bestDistance) {
                    // the edit distance is at least the difference in length: skip those that cannot be closer or a typo
                    int distance = distance(t, c);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        closest = candidates.get(i);
                    }
                }
            }
            if (containing != null) {
                return Optional.of(containing);
            }
            return bestDistance <= tolerance ? Optional.ofNullable(closest) : Optional.empty();
        }
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
