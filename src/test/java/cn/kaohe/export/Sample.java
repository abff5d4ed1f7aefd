package cn.kaohe.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.kaohe.assessment.Evaluation;
import cn.kaohe.assessment.Evaluator;
import cn.kaohe.figures.FiguresReader;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.zone.ZoneRegistry;

/** The 2023年1-6月 sample run through the real rules, and ways to read a workbook as a user sees it. */
final class Sample {

    private static Evaluation evaluation;

    private Sample() {
    }

    static synchronized Evaluation evaluation() {
        if (evaluation == null) {
            try {
                ZoneRegistry zones = ZoneRegistry.load(Path.of("data/zones.csv"));
                var figures = new FiguresReader(zones, IndicatorCatalog.standard())
                        .read("2023-h1.csv", Files.readAllBytes(Path.of("data/samples/2023-h1.csv")));
                evaluation = new Evaluator(zones, IndicatorCatalog.standard()).evaluate(figures, RulesetLoader.load(Path.of("rules")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return evaluation;
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** What Excel shows in the cell, number formats applied. */
    static String shown(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(shown(c)));
        return texts;
    }

    /** The first body row whose leading cells read as given. */
    static Row row(Sheet sheet, int firstColumn, String... leading) {
        for (Row r : sheet) {
            boolean match = true;
            for (int i = 0; i < leading.length && match; i++) {
                match = Objects.equals(shown(r.getCell(firstColumn + i)), leading[i]);
            }
            if (match) {
                return r;
            }
        }
        throw new AssertionError("表“" + sheet.getSheetName() + "”中没有 " + String.join(" / ", leading) + " 这一行");
    }

    /** The fill colour as RRGGBB, or "" when unfilled. */
    static String fill(Cell cell) {
        XSSFColor colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundXSSFColor();
        return colour == null || colour.getRGB() == null ? "" : String.format("%02X%02X%02X",
                colour.getRGB()[0] & 0xFF, colour.getRGB()[1] & 0xFF, colour.getRGB()[2] & 0xFF);
    }

    /** The auto-filter range, e.g. A2:O61, or null. */
    static String autoFilter(Sheet sheet) {
        var ct = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet();
        return ct.isSetAutoFilter() ? ct.getAutoFilter().getRef() : null;
    }
}
