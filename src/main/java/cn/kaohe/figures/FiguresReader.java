package cn.kaohe.figures;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.kaohe.text.TextFiles;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Reads a figures file as officials upload it: CSV (UTF-8 or GBK) or an Excel workbook (.xlsx),
 * each in the long format ({@code 考核期,对象,指标,数值[,上年同期][,备注]}, one figure a row) or the wide
 * format (one row per subject, one column per indicator). Every row is checked and every problem is
 * collected, so the official sees all of them at once; a file with any problem yields no figures at all.
 */
public final class FiguresReader {

    static final String PERIOD = "考核期";
    static final String SUBJECT = "对象";
    static final String INDICATOR = "指标";
    static final String VALUE = "数值";
    static final String PREVIOUS = "上年同期";
    static final String NOTE = "备注";

    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;
    private final Map<String, WideFigures.HeaderName> wideNames;

    public FiguresReader(ZoneRegistry zones, IndicatorCatalog indicators) {
        this.zones = zones;
        this.indicators = indicators;
        this.wideNames = WideFigures.headerNames(indicators);
    }

    /**
     * @param source the file name, for messages only (the format is told from the bytes)
     * @param bytes  the file as uploaded: CSV in UTF-8 (with or without BOM) or GBK, or an .xlsx workbook
     *               (its sheet 数据, or else its first sheet)
     * @throws FiguresRejectedException listing every problem by row (and cell, for workbooks) when anything is wrong
     */
    public PeriodFigures read(String source, byte[] bytes) {
        if (WorkbookRows.isOldOrEncryptedWorkbook(bytes)) {
            throw rejected(source, 1, "是旧版Excel（.xls）文件或设有密码的工作簿，无法读取；"
                    + "请去掉密码并另存为“Excel工作簿（.xlsx）”或CSV后再上传");
        }
        boolean workbook = WorkbookRows.isWorkbook(bytes);
        List<SheetRow> rows = (workbook ? WorkbookRows.read(source, bytes) : csvRows(source, bytes))
                .stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw rejected(source, 1, "文件为空，应有表头“考核期,对象,指标,数值[,上年同期]”，或每个指标一列的“考核期,对象,指标名称……”");
        }
        SheetRow header = rows.get(0);
        List<SheetRow> data = rows.subList(1, rows.size());
        int width = workbook ? lastNamedColumn(header) + 1 : header.cells().size();
        FigureChecks checks = new FigureChecks(zones, indicators, workbook);
        if (WideFigures.isWide(header, wideNames)) {
            WideFigures wide = new WideFigures(checks, header, wideNames);
            refuseIfAny(source, checks);
            wide.read(data, width);
        } else {
            LongFigures longFigures = new LongFigures(checks, header);
            refuseIfAny(source, checks);
            longFigures.read(data, width);
        }
        if (data.isEmpty()) {
            checks.problem(header.line(), -1, "", "", "只有表头，没有数据行");
        } else if (checks.problems().isEmpty() && checks.figures().isEmpty()) {
            checks.problem(header.line(), -1, "", "", "表中没有填报任何数值（空白单元格表示未上报），请至少填写一个数值");
        }
        refuseIfAny(source, checks);
        return new PeriodFigures(source, checks.period(), List.copyOf(checks.figures()));
    }

    private static void refuseIfAny(String source, FigureChecks checks) {
        if (!checks.problems().isEmpty()) {
            throw new FiguresRejectedException(source, checks.problems());
        }
    }

    private static FiguresRejectedException rejected(String source, int line, String reason) {
        return new FiguresRejectedException(source, List.of(new ImportProblem(line, "", "", reason)));
    }

    private static int lastNamedColumn(SheetRow header) {
        int last = -1;
        for (int i = 0; i < header.cells().size(); i++) {
            if (!header.cell(i).isBlank()) {
                last = i;
            }
        }
        return last;
    }

    private static List<SheetRow> csvRows(String source, byte[] bytes) {
        try {
            return TextFiles.csvRows(TextFiles.decode(bytes)).stream()
                    .map(r -> new SheetRow(r.line(), r.cells().stream().map(SheetRow.Cell::text).toList()))
                    .toList();
        } catch (IllegalArgumentException e) {
            throw rejected(source, lineOf(e.getMessage()), e.getMessage().replaceFirst("^第\\d+行：", ""));
        } catch (IOException e) {
            throw rejected(source, 1, "不是有效的CSV文件：" + e.getMessage());
        }
    }

    private static int lineOf(String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^第(\\d+)行").matcher(message);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
}
