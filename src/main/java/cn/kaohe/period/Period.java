package cn.kaohe.period;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment period: a year and a run of months, cumulative from January in the reports
 * (2023年1-6月). {@link #months()} is what 序时进度 is computed from.
 */
public record Period(int year, int firstMonth, int lastMonth) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:年|-|/|\\.)?(.*)");
    private static final Pattern MONTH_RANGE = Pattern.compile("(?:第)?(\\d{1,2})(?:月)?[-－—–~～至到](\\d{1,2})月?(?:份)?");
    private static final Pattern SINGLE_MONTH = Pattern.compile("(\\d{1,2})月(?:份)?");
    private static final Map<String, int[]> WORDS = Map.ofEntries(
            Map.entry("", new int[] {1, 12}), Map.entry("全年", new int[] {1, 12}), Map.entry("年度", new int[] {1, 12}),
            Map.entry("度", new int[] {1, 12}), Map.entry("FY", new int[] {1, 12}),
            Map.entry("上半年", new int[] {1, 6}), Map.entry("H1", new int[] {1, 6}), Map.entry("下半年", new int[] {7, 12}), Map.entry("H2", new int[] {7, 12}),
            Map.entry("一季度", new int[] {1, 3}), Map.entry("第一季度", new int[] {1, 3}), Map.entry("首季", new int[] {1, 3}), Map.entry("首季度", new int[] {1, 3}),
            Map.entry("1季度", new int[] {1, 3}), Map.entry("Q1", new int[] {1, 3}),
            Map.entry("二季度", new int[] {4, 6}), Map.entry("第二季度", new int[] {4, 6}), Map.entry("2季度", new int[] {4, 6}), Map.entry("Q2", new int[] {4, 6}),
            Map.entry("三季度", new int[] {7, 9}), Map.entry("第三季度", new int[] {7, 9}), Map.entry("3季度", new int[] {7, 9}), Map.entry("Q3", new int[] {7, 9}),
            Map.entry("四季度", new int[] {10, 12}), Map.entry("第四季度", new int[] {10, 12}), Map.entry("4季度", new int[] {10, 12}), Map.entry("Q4", new int[] {10, 12}),
            Map.entry("前三季度", new int[] {1, 9}));

    public Period {
        if (firstMonth < 1 || lastMonth > 12 || firstMonth > lastMonth) {
            throw new IllegalArgumentException("月份应在1至12月之间且起始月不晚于结束月");
        }
    }

    /**
     * Reads a period the way officials write it: 2023年1-6月, 2023年上半年, 2023年一季度 / 首季,
     * 2023年 / 2023年全年, 2023年5月, or 2023-H1 / 2023-Q1 / 2023-FY.
     *
     * @throws IllegalArgumentException with a Chinese reason when the text is not a period
     */
    public static Period parse(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).replaceAll("\\s", "").toUpperCase();
        Matcher year = YEAR.matcher(t);
        if (!year.matches()) {
            throw new IllegalArgumentException("考核期“" + text + "”无法识别：应写作如“2023年1-6月”“2023年上半年”“2023年一季度”“2023年”或“2023-H1”");
        }
        int y = Integer.parseInt(year.group(1));
        String rest = year.group(2);
        int[] months = WORDS.get(rest);
        if (months == null) {
            Matcher range = MONTH_RANGE.matcher(rest);
            Matcher single = SINGLE_MONTH.matcher(rest);
            if (range.matches()) {
                months = new int[] {Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))};
            } else if (single.matches()) {
                int m = Integer.parseInt(single.group(1));
                months = new int[] {m, m};
            } else {
                throw new IllegalArgumentException("考核期“" + text + "”无法识别：应写作如“2023年1-6月”“2023年上半年”“2023年一季度”“2023年”或“2023-H1”");
            }
        }
        try {
            return new Period(y, months[0], months[1]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("考核期“" + text + "”无效：" + e.getMessage());
        }
    }

    /** How many months the period spans: the numerator of 序时进度. */
    public int months() {
        return lastMonth - firstMonth + 1;
    }

    /** The canonical label: 2023年, 2023年1-6月, 2023年5月. */
    public String label() {
        if (firstMonth == 1 && lastMonth == 12) {
            return year + "年";
        }
        if (firstMonth == lastMonth) {
            return year + "年" + firstMonth + "月";
        }
        return year + "年" + firstMonth + "-" + lastMonth + "月";
    }

    @Override
    public String toString() {
        return label();
    }
}
