package cn.kaohe.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluation.GradeItem;
import cn.kaohe.assessment.Evaluation.IndicatorResult;
import cn.kaohe.assessment.Evaluation.Standing;
import cn.kaohe.assessment.Evaluation.WarningItem;
import cn.kaohe.export.SheetWriter.Column;
import cn.kaohe.export.SheetWriter.Num;
import cn.kaohe.export.Styles.Tone;

/**
 * The XLSX files officials download: an evaluation's results, a rectification list, and the bulletin.
 * Values are real numbers and dates, never text: a percentage is stored as the number the reports write
 * (13.97 for 13.97%) and shown with a literal % suffix ({@code #,##0.00\%}), so columns still sum and
 * sort; a gap is shown with its sign, in 个百分点 for percentages, negatives in red.
 */
public final class Workbooks {

    /** The time zone 处理时间 is shown in: the officials' wall clock (Excel cells carry no zone). */
    public static final ZoneId OFFICIALS_ZONE = ZoneId.of("Asia/Shanghai");

    /** The status of a rectification item nobody has handled yet. */
    public static final String PENDING = "待整改";

    /** Rows of a sheet kept in memory while streaming; earlier rows are already written out. */
    private static final int ROWS_IN_MEMORY = 200;

    private static final Num SCORE = Num.plain(2);
    private static final Num RANK = new Num(0, "第", "名", false);
    private static final Num TIED_RANK = new Num(0, "并列第", "名", false);

    private Workbooks() {
    }

    /** Sheets 考核结果, 总分排名, 预警 and, for chemical parks, 安全风险等级. */
    public static byte[] results(Evaluation e) {
        String period = e.period().label();
        String version = e.ruleset() == null ? "" : e.ruleset().substring(0, Math.min(12, e.ruleset().length()));
        return write(wb -> {
            Styles styles = new Styles(wb.getXSSFWorkbook());
            SheetWriter s = new SheetWriter(wb, styles, "考核结果", List.of(Column.text("所属市"), Column.text("对象"),
                    Column.text("指标"), Column.center("单位"), Column.number("实际值"), Column.number("目标值"), Column.number("年度目标"),
                    Column.center("目标性质"), Column.number("差距"), Column.center("结果"), Column.number("分值"), Column.number("得分"),
                    Column.wrap("考核结论", 30), Column.wrap("目标依据", 52), Column.wrap("判定规则", 36)))
                    .title(period + " 开发区考核结果（规则版本 " + version + "）").header().freezeColumns(3);
            for (IndicatorResult r : e.results()) {
                Num value = valueFormat(r.unit(), r.actual(), r.target(), r.annualTarget());
                s.row().text(r.city()).text(r.subject()).text(r.indicator()).text(r.unit())
                        .number(r.actual(), value).number(r.target(), value).number(r.annualTarget(), value).text(r.basis())
                        .number(r.gap(), gapFormat(r.unit(), value))
                        .text(r.passed() ? "达标" : "未达标", r.passed() ? Tone.GOOD : Tone.BAD)
                        .number(r.weight(), Num.plain(decimals(r.weight()))).number(r.score(), SCORE)
                        .text(r.statement()).text(r.rule()).text(r.judgedBy());
            }
            s.finish();
            standings(wb, styles, period, e.standings());
            warnings(wb, styles, period, e.warnings());
            if (e.grades() != null && !e.grades().isEmpty()) {
                grades(wb, styles, period, e.grades());
            }
        });
    }

    /**
     * Sheet 整改清单: 序号, 考核期, 对象, 指标, 整改事项, 状态, 整改期限 (a date), 是否逾期 (逾期 in red),
     * 最后处理人, 处理时间, 备注.
     *
     * @param title the title row above the header; none when null or blank
     */
    public static byte[] rectifications(List<RectificationRow> rows, String title) {
        return write(wb -> {
            SheetWriter s = new SheetWriter(wb, new Styles(wb.getXSSFWorkbook()), "整改清单", List.of(Column.center("序号"), Column.text("考核期"),
                    Column.text("对象"), Column.text("指标"), Column.wrap("整改事项", 50), Column.center("状态"), Column.center("整改期限"),
                    Column.center("是否逾期"), Column.text("最后处理人"), Column.center("处理时间"), Column.wrap("备注", 30)))
                    .title(title).header();
            int n = 1;
            for (RectificationRow r : rows) {
                String overdue = r.overdue() ? "逾期" : r.deadline() == null ? null : "未逾期";
                s.row().number(n++, Num.INTEGER).text(r.period()).text(r.subject()).text(r.indicator()).text(r.text())
                        .text(r.status()).date(r.deadline()).text(overdue, r.overdue() ? Tone.BAD : Tone.PLAIN).text(r.updatedBy())
                        .dateTime(r.updatedAt() == null ? null : r.updatedAt().atZoneSameInstant(OFFICIALS_ZONE).toLocalDateTime())
                        .text(r.note());
            }
            s.finish();
        });
    }

    /** The evaluation's rectification list as rows nobody has handled yet: 待整改, no deadline. */
    public static List<RectificationRow> fromEvaluation(Evaluation e) {
        String period = e.period().label();
        return e.rectifications().stream()
                .map(r -> new RectificationRow(period, r.subject(), r.indicator(), r.text(), PENDING, null, false, null, null, null))
                .toList();
    }

    /** Sheet 通报: a title, then one row per subject's paragraph, wrapped in a wide column. */
    public static byte[] bulletin(Evaluation e) {
        return write(wb -> {
            SheetWriter s = new SheetWriter(wb, new Styles(wb.getXSSFWorkbook()), "通报", List.of(Column.text("对象"), Column.wrap("通报内容", 100)))
                    .title(e.period().label() + " 开发区考核通报").header();
            e.bulletin().forEach(b -> s.row().text(b.subject()).text(b.text()));
            s.finish();
        });
    }

    private static void standings(SXSSFWorkbook wb, Styles styles, String period, List<Standing> standings) {
        SheetWriter s = new SheetWriter(wb, styles, "总分排名", List.of(Column.text("所属市"), Column.text("对象"), Column.number("总分"),
                Column.center("市内排名"), Column.number("参与排名"))).title(period + " 开发区总分排名").header();
        Map<String, Long> sameRank = standings.stream().collect(Collectors.groupingBy(o -> o.city() + "\u0000" + o.rank(), Collectors.counting()));
        for (Standing st : standings) {
            boolean tied = sameRank.get(st.city() + "\u0000" + st.rank()) > 1;
            s.row().text(st.city()).text(st.subject()).number(st.total(), SCORE).number(st.rank(), tied ? TIED_RANK : RANK)
                    .number(st.of(), Num.INTEGER);
        }
        s.finish();
    }

    private static void warnings(SXSSFWorkbook wb, Styles styles, String period, List<WarningItem> warnings) {
        SheetWriter s = new SheetWriter(wb, styles, "预警", List.of(Column.text("对象"), Column.text("指标"), Column.center("等级"),
                Column.wrap("内容", 60))).title(period + " 预警").header();
        for (WarningItem w : warnings) {
            Tone tone = "红色".equals(w.level()) ? Tone.BAD : "黄色".equals(w.level()) ? Tone.WARN : Tone.PLAIN;
            String prefix = w.level() + "预警：";
            String text = w.text() != null && w.text().startsWith(prefix) ? w.text().substring(prefix.length()) : w.text();
            s.row().text(w.subject()).text(w.indicator()).text(w.level(), tone).text(text);
        }
        s.finish();
    }

    private static void grades(SXSSFWorkbook wb, Styles styles, String period, List<GradeItem> grades) {
        SheetWriter s = new SheetWriter(wb, styles, "安全风险等级", List.of(Column.text("化工园区"), Column.number("评估得分"),
                Column.center("等级"), Column.text("风险"), Column.center("目标等级"), Column.center("结果"), Column.wrap("评级依据", 50),
                Column.wrap("判定规则", 36))).title(period + " 化工园区安全风险等级").header();
        for (GradeItem g : grades) {
            Boolean passed = g.passed();
            s.row().text(g.subject()).number(g.score(), Num.plain(decimals(g.score()))).text(grade(g.grade())).text(g.meaning())
                    .text(grade(g.targetGrade()))
                    .text(passed == null ? null : passed ? "达标" : "未达标", passed == null ? Tone.PLAIN : passed ? Tone.GOOD : Tone.BAD)
                    .text(g.rule()).text(g.judgedBy());
        }
        s.finish();
    }

    /** Percentages and amounts (亿元, 万元) with two decimals as the reports print them; counts, scores, 万元/亩 as precise as given. */
    static Num valueFormat(String unit, BigDecimal... values) {
        if ("%".equals(unit)) {
            return new Num(2, "", "%", false);
        }
        if (unit != null && unit.endsWith("元")) {
            return Num.plain(2);
        }
        return Num.plain(decimals(values));
    }

    /** The gap in the values' precision with its sign; for percentages in 个百分点. */
    static Num gapFormat(String unit, Num value) {
        return new Num(value.decimals(), "", "%".equals(unit) ? "个百分点" : "", true);
    }

    /** The fewest decimals (at most 2) that show every given value exactly. */
    static int decimals(BigDecimal... values) {
        int d = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                d = Math.max(d, v.stripTrailingZeros().scale());
            }
        }
        return Math.min(2, Math.max(0, d));
    }

    private static String grade(String grade) {
        return grade == null || grade.isEmpty() ? null : grade.endsWith("级") ? grade : grade + "级";
    }

    /**
     * Writes a workbook with POI's streaming SXSSF: only the last {@value #ROWS_IN_MEMORY} rows of a sheet stay
     * in memory, the rest go to a compressed temporary file, deleted when done.
     */
    private static byte[] write(Consumer<SXSSFWorkbook> content) {
        SXSSFWorkbook wb = new SXSSFWorkbook(ROWS_IN_MEMORY);
        wb.setCompressTempFiles(true);
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("无法生成Excel文件", e);
        } finally {
            wb.dispose();
        }
    }
}
