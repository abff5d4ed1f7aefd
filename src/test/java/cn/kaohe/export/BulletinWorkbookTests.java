package cn.kaohe.export;

import static cn.kaohe.export.Sample.autoFilter;
import static cn.kaohe.export.Sample.row;
import static cn.kaohe.export.Sample.shown;
import static cn.kaohe.export.Sample.texts;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.assessment.Evaluation;

@DisplayName("通报导出：一段一行，自动换行，正文列够宽")
class BulletinWorkbookTests {

    @Test
    void oneWrappedRowPerParagraph() throws Exception {
        Evaluation e = Sample.evaluation();
        try (XSSFWorkbook wb = Sample.open(Workbooks.bulletin(e))) {
            assertThat(Sample.sheetNames(wb)).containsExactly("通报");
            Sheet s = wb.getSheet("通报");
            assertThat(shown(s.getRow(0).getCell(0))).isEqualTo("2023年1-6月 开发区考核通报");
            assertThat(texts(s.getRow(1))).containsExactly("对象", "通报内容");
            assertThat(s.getLastRowNum()).isEqualTo(e.bulletin().size() + 1);
            Row city = row(s, 0, "运城市工业类开发区");
            assertThat(shown(city.getCell(1))).startsWith("1-6月，运城市工业类开发区规上工业增加值完成251.06亿元");
            assertThat(city.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(city.getHeightInPoints()).as("tall enough for a long paragraph").isGreaterThan(3 * 14f);
            assertThat(s.getColumnWidth(1)).isEqualTo(102 * 256);
            assertThat(s.getColumnWidth(0)).isLessThan(s.getColumnWidth(1));
            assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(autoFilter(s)).isEqualTo("A2:B" + (e.bulletin().size() + 2));
        }
    }

    @Test
    void widthCountsChineseCharactersTwice() {
        assertThat(SheetWriter.width("运城开发区")).isEqualTo(10);
        assertThat(SheetWriter.width("15.39%")).isEqualTo(6);
        assertThat(SheetWriter.width("１５，差")).isEqualTo(8);
    }
}
