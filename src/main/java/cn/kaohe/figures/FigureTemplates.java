package cn.kaohe.figures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.kaohe.period.Period;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * Downloadable Excel templates in the wide format, one per zone type: a sheet 数据 with one pre-filled
 * row per registered subject of the type and one column per indicator (which indicators: the resource
 * {@code figures/templates.csv}), and a sheet 说明 telling officials how to fill it in. A filled template
 * is read back by {@link FiguresReader#read}.
 */
public final class FigureTemplates {

    /** A column of the template: its header, the indicator's unit (or empty) and what to put in it. */
    record Header(String title, String unit, String explanation, boolean optional) {
    }

    private final Map<String, List<TemplateColumn>> byType = new LinkedHashMap<>();

    /** The templates listed in the application's {@code figures/templates.csv}. */
    public FigureTemplates() {
        this(TemplateColumn.standard());
    }

    FigureTemplates(List<TemplateColumn> columns) {
        columns.forEach(c -> byType.computeIfAbsent(c.zoneType(), t -> new ArrayList<>()).add(c));
    }

    /** The zone types there is a template for, in the order of {@code templates.csv}. */
    public List<String> zoneTypes() {
        return List.copyOf(byType.keySet());
    }

    /** A file name for the download, such as {@code 工业类考核数据填报模板（2023年1-6月）.xlsx}. */
    public static String fileName(String zoneType, String periodLabel) {
        return zoneType + "考核数据填报模板（" + periodLabel + "）.xlsx";
    }

    /**
     * The template for one zone type and period, as the bytes of an .xlsx workbook.
     *
     * @param zoneType    a type of {@link #zoneTypes()}, such as 工业类
     * @param periodLabel the period written into every row's 考核期, such as 2023年1-6月
     * @throws IllegalArgumentException in Chinese when the type has no template, the period cannot be read
     *                                  or an indicator of the template is not in the vocabulary
     */
    public byte[] workbook(String zoneType, String periodLabel, ZoneRegistry zones, IndicatorCatalog indicators) {
        String type = zoneType == null ? "" : zoneType.strip();
        List<TemplateColumn> columns = byType.get(type);
        if (columns == null) {
            throw new IllegalArgumentException("没有“" + type + "”类型的填报模板，可选的类型为：" + String.join("、", byType.keySet()));
        }
        String label = periodLabel == null ? "" : periodLabel.strip();
        if (label.isEmpty()) {
            throw new IllegalArgumentException("考核期不能为空，应写作如“2023年1-6月”");
        }
        Period.parse(label);
        List<Header> headers = headers(columns, indicators);
        List<Zone> subjects = zones.zones().stream().filter(z -> z.type().equals(type)).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            dataSheet(workbook, headers, subjects, label);
            TemplateGuide.write(workbook, type, label, headers);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("无法生成填报模板", e);
        }
    }

    private static List<Header> headers(List<TemplateColumn> columns, IndicatorCatalog indicators) {
        List<Header> headers = new ArrayList<>();
        headers.add(new Header(FiguresReader.PERIOD, "", "已经填好，不要修改；一个文件只能有一个考核期", false));
        headers.add(new Header(FiguresReader.SUBJECT, "", "开发区名录中的名称，已经填好，不要修改", false));
        for (TemplateColumn column : columns) {
            Indicator indicator = indicators.find(column.indicator()).orElseThrow(() -> new IllegalArgumentException(
                    "指标表中没有填报模板所列的指标“" + column.indicator() + "”"));
            String how = indicator.isPercent() ? "填百分数的数字，如15.2%填15.2" : "填数字，不带单位";
            headers.add(new Header(indicator.name(), indicator.unit(), (column.optional() ? "选填；" : "") + "本期数值，" + how, column.optional()));
            if (column.previous()) {
                headers.add(new Header(indicator.name() + FiguresReader.PREVIOUS, indicator.unit(),
                        "上年同期的“" + indicator.name() + "”，用于计算增速；填了上年同期就必须填本期数值", column.optional()));
            }
        }
        headers.add(new Header(FiguresReader.NOTE, "", "选填：数据来源、口径等说明", true));
        return headers;
    }

    private static void dataSheet(Workbook workbook, List<Header> headers, List<Zone> subjects, String label) {
        Sheet sheet = workbook.createSheet(WorkbookRows.DATA_SHEET);
        CellStyle headerStyle = headerStyle(workbook);
        CellStyle textStyle = workbook.createCellStyle();
        textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row headerRow = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Header header = headers.get(i);
            Cell cell = headerRow.createCell(i);
            cell.setCellValue(header.title());
            cell.setCellStyle(headerStyle);
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 3);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(header.title()
                    + (header.unit().isEmpty() ? "" : "\n单位：" + header.unit()) + "\n" + header.explanation()));
            comment.setAuthor("考核系统");
            cell.setCellComment(comment);
        }
        for (int r = 0; r < subjects.size(); r++) {
            Row row = sheet.createRow(r + 1);
            Cell period = row.createCell(0);
            period.setCellValue(label);
            period.setCellStyle(textStyle);
            Cell subject = row.createCell(1);
            subject.setCellValue(subjects.get(r).name());
            subject.setCellStyle(textStyle);
        }
        sheet.setDefaultColumnStyle(0, textStyle);
        sheet.setDefaultColumnStyle(1, textStyle);
        sheet.createFreezePane(2, 1);
        for (int i = 0; i < headers.size(); i++) {
            int width = displayWidth(headers.get(i).title());
            if (i == 0) {
                width = Math.max(width, displayWidth(label));
            }
            if (i == 1) {
                for (Zone subject : subjects) {
                    width = Math.max(width, displayWidth(subject.name()));
                }
            }
            sheet.setColumnWidth(i, columnWidth(width));
        }
    }

    static CellStyle headerStyle(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /** How wide a text shows: a Chinese (full-width) character takes two columns, others one. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> Character.isIdeographic(c) || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF ? 2 : 1).sum();
    }

    /** A column width in Excel's 1/256 character units, with a margin, between 8 and 80 characters. */
    static int columnWidth(int displayWidth) {
        return Math.min(80, Math.max(8, displayWidth + 4)) * 256;
    }
}
