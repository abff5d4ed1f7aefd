package cn.kaohe.export;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, created once per combination (a workbook holds at most 64,000
 * styles). Fonts are 宋体, present on every Chinese Windows and WPS installation; the fills follow
 * Excel's own 好/差/适中 cell styles so officials recognise them.
 */
final class Styles {

    /** The font every cell uses. */
    static final String FONT = "宋体";

    /** GB2312, the charset Chinese Excel writes for 宋体. */
    private static final int GB2312 = 134;

    /** A cell's colouring: 达标 green, 未达标 and 逾期 red, 黄色预警 amber. */
    enum Tone {
        PLAIN(null, null), GOOD("C6EFCE", "006100"), BAD("FFC7CE", "9C0006"), WARN("FFEB9C", "9C5700");

        final String fill;
        final String font;

        Tone(String fill, String font) {
            this.fill = fill;
            this.font = font;
        }
    }

    /** How a column's cells sit: text left, short codes centred, long text wrapped, numbers right. */
    enum Align {
        LEFT, CENTER, WRAP, RIGHT
    }

    static final String HEADER_FILL = "DDEBF7";

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final Map<Tone, XSSFFont> toneFonts = new HashMap<>();

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont standard = workbook.getFontAt(0);
        standard.setFontName(FONT);
        standard.setScheme(FontScheme.NONE); // otherwise Excel substitutes the theme's Latin font
        standard.setCharSet(GB2312);
        standard.setFontHeightInPoints((short) 11);
    }

    /** The title: centred over the table, or left where columns are frozen and the centre may be out of view. */
    XSSFCellStyle title(boolean centred) {
        return cache.computeIfAbsent("title|" + centred, k -> {
            XSSFCellStyle s = workbook.createCellStyle();
            s.setFont(font(true, 14, null));
            s.setAlignment(centred ? HorizontalAlignment.CENTER : HorizontalAlignment.LEFT);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        });
    }

    XSSFCellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            XSSFCellStyle s = bordered();
            s.setFont(font(true, 11, null));
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setWrapText(true);
            fill(s, HEADER_FILL);
            return s;
        });
    }

    /**
     * A body cell's style.
     *
     * @param format an Excel number format, or null for General
     */
    XSSFCellStyle body(String format, Tone tone, Align align) {
        return cache.computeIfAbsent("body|" + format + "|" + tone + "|" + align, k -> {
            XSSFCellStyle s = bordered();
            if (format != null) {
                s.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            switch (align) {
                case CENTER -> s.setAlignment(HorizontalAlignment.CENTER);
                case RIGHT -> s.setAlignment(HorizontalAlignment.RIGHT);
                case WRAP -> {
                    s.setAlignment(HorizontalAlignment.LEFT);
                    s.setWrapText(true);
                }
                default -> s.setAlignment(HorizontalAlignment.LEFT);
            }
            if (tone != Tone.PLAIN) {
                fill(s, tone.fill);
                s.setFont(toneFonts.computeIfAbsent(tone, t -> font(false, 11, t.font)));
            }
            return s;
        });
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle s = workbook.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private XSSFFont font(boolean bold, int points, String colour) {
        XSSFFont f = workbook.createFont();
        f.setFontName(FONT);
        f.setScheme(FontScheme.NONE);
        f.setCharSet(GB2312);
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        if (colour != null) {
            f.setColor(rgb(colour));
        }
        return f;
    }

    private static void fill(XSSFCellStyle s, String hex) {
        s.setFillForegroundColor(rgb(hex));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFColor rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        // ARGB with an opaque alpha: Excel reads a bare RRGGBB attribute unreliably
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) (v >> 16), (byte) (v >> 8), (byte) v}, null);
    }
}
