package cn.kaohe.figures;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The sheet 说明 of a figures template: how to fill it in, and every column with its unit. */
final class TemplateGuide {

    static final String SHEET = "说明";

    private TemplateGuide() {
    }

    static void write(Workbook workbook, String zoneType, String periodLabel, List<FigureTemplates.Header> headers) {
        Sheet sheet = workbook.createSheet(SHEET);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        CellStyle titleStyle = workbook.createCellStyle();
        titleStyle.setFont(titleFont);
        CellStyle headerStyle = FigureTemplates.headerStyle(workbook);

        int r = 0;
        Row title = sheet.createRow(r++);
        title.createCell(0).setCellValue(zoneType + "考核数据填报说明（" + periodLabel + "）");
        title.getCell(0).setCellStyle(titleStyle);
        r++;
        for (String line : instructions(headers)) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        Row tableHeader = sheet.createRow(r++);
        String[] titles = {"列名", "单位", "填写要求"};
        for (int i = 0; i < titles.length; i++) {
            tableHeader.createCell(i).setCellValue(titles[i]);
            tableHeader.getCell(i).setCellStyle(headerStyle);
        }
        int nameWidth = FigureTemplates.displayWidth("列名");
        int explanationWidth = FigureTemplates.displayWidth("填写要求");
        for (FigureTemplates.Header header : headers) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(header.title());
            row.createCell(1).setCellValue(header.unit().isEmpty() ? "—" : header.unit());
            row.createCell(2).setCellValue(header.explanation());
            nameWidth = Math.max(nameWidth, FigureTemplates.displayWidth(header.title()));
            explanationWidth = Math.max(explanationWidth, FigureTemplates.displayWidth(header.explanation()));
        }
        sheet.setColumnWidth(0, FigureTemplates.columnWidth(nameWidth));
        sheet.setColumnWidth(1, FigureTemplates.columnWidth(10));
        sheet.setColumnWidth(2, FigureTemplates.columnWidth(explanationWidth));
    }

    static List<String> instructions(List<FigureTemplates.Header> headers) {
        List<String> lines = new ArrayList<>();
        lines.add("1. 在“数据”工作表中填写：每个对象（开发区）一行，每个指标一列。");
        lines.add("2. 不要修改、删除或调换第1行的表头，也不要插入新的列；不需要填写的列留空即可。");
        lines.add("3. “考核期”“对象”两列已经填好，不要修改；一个文件只能有一个考核期。");
        lines.add("4. 数值按下表所列单位填写，只填数字、不带单位，如规上工业增加值98.5亿元填98.5。");
        lines.add("5. 百分比填百分数的数字：15.2%填15.2（输入“15.2%”也可以），不要填0.152。");
        lines.add("6. 没有上报的指标留空（空白表示未上报），不要填“0”“-”“/”“无”；只有数值确实为零时才填0。");
        lines.add("7. “××上年同期”列填上年同一考核期的数值，用于计算增速；填了上年同期就必须填本期数值。");
        if (headers.stream().anyMatch(h -> h.optional() && !h.title().equals(FiguresReader.NOTE))) {
            lines.add("8. 填写要求中注明“选填”的列（如“三个一批”各项），有数据时填写，没有数据时留空。");
        }
        lines.add((lines.size() + 1) + ". 可以使用公式，系统读取公式的计算结果；“考核期”不要设成日期格式。");
        lines.add((lines.size() + 1) + ". 填好后直接上传本文件（.xlsx），也可另存为CSV（UTF-8或GBK编码）后上传。"
                + "文件中任何一处有误，系统会逐条列出行号、单元格和原因，整个文件都不导入，改正后重新上传即可。");
        return lines;
    }
}
