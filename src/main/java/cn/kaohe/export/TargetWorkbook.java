package cn.kaohe.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.kaohe.export.SheetWriter.Column;
import cn.kaohe.export.SheetWriter.Num;
import cn.kaohe.export.Styles.Align;
import cn.kaohe.export.Styles.Tone;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.targets.TargetEntry;
import cn.kaohe.targets.TargetKind;
import cn.kaohe.targets.TargetRow;
import cn.kaohe.targets.TargetTable;
import cn.kaohe.targets.TargetTables;
import cn.kaohe.targets.TargetWorkbookRows;
import cn.kaohe.zone.ZoneRegistry;

/**
 * A targets table as a workbook policy staff edit in Excel or WPS and upload again: sheet 目标表 with one
 * row per target (类别, 年度, 开发区类型, 开发区, 指标, 目标值, and for reading 单位 and 规则名称), a drop-down
 * list for 类别 and 开发区类型, and sheet 填写说明 saying how to fill it in.
 */
public final class TargetWorkbook {

    /** Rows the drop-down lists cover, beyond the table's own. */
    private static final int SPARE_ROWS = 200;

    private TargetWorkbook() {
    }

    public static byte[] write(TargetTable table, ZoneRegistry zones, IndicatorCatalog indicators) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            SheetWriter s = new SheetWriter(wb, styles, TargetWorkbookRows.SHEET, List.of(Column.center(TargetWorkbookRows.KIND),
                    Column.center(TargetWorkbookRows.YEAR), Column.text(TargetWorkbookRows.TYPE), Column.text(TargetWorkbookRows.ZONE),
                    Column.text(TargetWorkbookRows.INDICATOR), Column.number(TargetWorkbookRows.VALUE), Column.center(TargetWorkbookRows.UNIT),
                    Column.wrap(TargetWorkbookRows.RULE, 56))).header().freezeColumns(1);
            for (TargetRow row : table.rows()) {
                TargetEntry e = TargetEntry.of(0, row, zones);
                String unit = TargetTable.unit(indicators, row.indicator());
                BigDecimal value = row.value().stripTrailingZeros();
                s.row().text(e.kind()).text(e.year()).text(e.zoneType()).text(e.zone()).text(e.indicator())
                        .number(row.value(), Num.plain(Math.max(0, value.scale()))).text(unit).text(row.ruleName(unit));
            }
            s.finish();
            XSSFSheet sheet = wb.getSheet(TargetWorkbookRows.SHEET);
            for (int r = 1; r <= table.rows().size(); r++) {
                var cell = sheet.getRow(r).getCell(1);
                cell.setCellValue(table.rows().get(r - 1).year());
                cell.setCellStyle(styles.body("0", Tone.PLAIN, Align.CENTER));
            }
            int last = table.rows().size() + SPARE_ROWS;
            List<String> kinds = table.kinds().stream().map(TargetKind::label).toList();
            list(sheet, 0, last, kinds, "类别应为：" + String.join("、", kinds));
            List<String> types = List.copyOf(TargetTables.zoneTypes(table.path()));
            if (!types.isEmpty()) {
                list(sheet, 2, last, types, "开发区类型应为：" + String.join("、", types) + "（省定个别可不填）");
            }
            guide(wb, styles, table);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("无法生成Excel文件", e);
        }
    }

    /** The file name offered for download: 目标表-industrial-targets-2023.xlsx. */
    public static String fileName(String path) {
        return "目标表-" + path.replace(".drl.csv", "").replace('/', '-') + ".xlsx";
    }

    private static void list(XSSFSheet sheet, int column, int lastRow, List<String> values, String error) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, lastRow, column, column));
        v.setShowErrorBox(true);
        v.setEmptyCellAllowed(true);
        v.createErrorBox("填写有误", error);
        sheet.addValidationData(v);
    }

    private static void guide(XSSFWorkbook wb, Styles styles, TargetTable table) {
        String year = table.year().isPresent() ? String.valueOf(table.year().getAsInt()) : "";
        List<String> lines = new ArrayList<>(List.of(
                "本工作簿是规则文件 rules/" + table.path() + " 中的目标，每一行是一个目标，也是一条规则。",
                "修改“目标表”工作表后，在网页“目标表”页面选择这个表上传。系统先逐行检查，有任何一处问题都不会接受，并列出问题所在的行和列；"
                        + "检查通过后生成候选规则，运行全部功能说明，并列出哪些开发区的结果会因此改变，由政策人员确认发布，发布后立即生效，可以回滚。",
                "类别：“省定通用”是同类开发区通用的省定目标；“省定个别”是个别开发区另有的省定目标，优先于通用目标；"
                        + "“示例”是材料中没有省定数值的指标的示例目标，考核结果中注明“示例”。收到省定数值后，把类别改为“省定通用”并改为省定数值。",
                "年度：四位数字" + (year.isEmpty() ? "。" : "，本表只能填" + year + "。"),
                "开发区类型：省定通用和示例必须填写（工业类）；省定个别可以不填，按开发区名录中登记的类型。",
                "开发区：只有省定个别填写，必须是开发区名录中的开发区（可以写别名），不能是全市或合计。",
                "指标：指标名录中的名称，如规上工业增加值增速、工业投资增速、转型项目投资占比、产出强度、党建。",
                "目标值：只填数字，单位见“单位”列；增速、占比以%计，16表示16%。增速在-100到1000之间，占比在0到100之间，其他目标值不能为负数。",
                "同一年度、开发区类型和指标只能有一个通用目标（省定通用和示例合起来算）；同一开发区的同一指标只能有一个个别目标，"
                        + "并且同类开发区须有该指标的通用目标。",
                "“单位”和“规则名称”两列只供查看，上传时不读取；规则名称由系统按各格生成，例如“2023年河津开发区规上工业增加值增速省定目标为15%”。",
                "增加目标：在表末加一行。删除目标：删除整行，或把整行清空。不要改动第一行表头，也不要改工作表名称。"));
        SheetWriter g = new SheetWriter(wb, styles, TargetWorkbookRows.GUIDE, List.of(Column.center("序号"), Column.wrap("说明", 90))).header();
        for (int i = 0; i < lines.size(); i++) {
            g.row().number(i + 1, Num.INTEGER).text(lines.get(i));
        }
        g.finish();
    }
}
