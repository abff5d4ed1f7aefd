package cn.kaohe.export;

import static cn.kaohe.export.Sample.autoFilter;
import static cn.kaohe.export.Sample.fill;
import static cn.kaohe.export.Sample.row;
import static cn.kaohe.export.Sample.shown;
import static cn.kaohe.export.Sample.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.kaohe.assessment.Evaluation;

@DisplayName("整改清单导出：期限是真日期，逾期标红")
class RectificationsWorkbookTests {

    private static final String TITLE = "2023年1-6月 开发区考核整改清单";

    @Test
    void fromEvaluationListsEveryItemAsPending() {
        Evaluation e = Sample.evaluation();
        List<RectificationRow> rows = Workbooks.fromEvaluation(e);
        assertThat(rows).hasSize(e.rectifications().size()).isNotEmpty();
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.period()).isEqualTo("2023年1-6月");
            assertThat(r.status()).isEqualTo("待整改");
            assertThat(r.deadline()).isNull();
            assertThat(r.overdue()).isFalse();
            assertThat(r.updatedBy()).isNull();
            assertThat(r.updatedAt()).isNull();
            assertThat(r.note()).isNull();
        });
        assertThat(rows.get(0)).extracting(RectificationRow::subject, RectificationRow::indicator, RectificationRow::text)
                .containsExactly("河津开发区", "工业投资增速", "工业投资增速-25.01%，未达到省定16%目标值，差41.0个百分点");
    }

    @Test
    void headerTitleAndNumbering() throws Exception {
        List<RectificationRow> rows = Workbooks.fromEvaluation(Sample.evaluation());
        try (XSSFWorkbook wb = Sample.open(Workbooks.rectifications(rows, TITLE))) {
            Sheet s = wb.getSheet("整改清单");
            assertThat(Sample.sheetNames(wb)).containsExactly("整改清单");
            assertThat(shown(s.getRow(0).getCell(0))).isEqualTo(TITLE);
            assertThat(texts(s.getRow(1))).containsExactly("序号", "考核期", "对象", "指标", "整改事项", "状态", "整改期限", "是否逾期",
                    "最后处理人", "处理时间", "备注");
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 2);
            assertThat(autoFilter(s)).isEqualTo("A2:K" + (rows.size() + 2));
            Row last = s.getRow(rows.size() + 1);
            assertThat(last.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(rows.size());
            Row first = s.getRow(2);
            assertThat(shown(first.getCell(5))).isEqualTo("待整改");
            assertThat(shown(first.getCell(6))).as("no deadline yet").isEmpty();
            assertThat(shown(first.getCell(7))).isEmpty();
            assertThat(first.getCell(4).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void deadlineIsADateAndOverdueIsRed() throws Exception {
        RectificationRow overdue = new RectificationRow("2023年1-6月", "运城开发区", "转型项目投资占比", "转型项目投资占比85.28%，未达到省定88%目标值",
                "整改中", LocalDate.of(2023, 9, 30), true, "张三", OffsetDateTime.of(2023, 10, 8, 1, 30, 0, 0, ZoneOffset.UTC), "已约谈");
        RectificationRow onTime = new RectificationRow("2023年1-6月", "河津开发区", "工业投资增速", "工业投资增速-25.01%", "已完成",
                LocalDate.of(2023, 12, 31), false, null, null, null);
        List<RectificationRow> rows = new ArrayList<>(List.of(overdue, onTime));
        try (XSSFWorkbook wb = Sample.open(Workbooks.rectifications(rows, null))) {
            Sheet s = wb.getSheet("整改清单");
            assertThat(shown(s.getRow(0).getCell(0))).as("no title: header first").isEqualTo("序号");
            assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            Row r = row(s, 2, "运城开发区");
            Cell deadline = r.getCell(6);
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 9, 30));
            assertThat(shown(deadline)).isEqualTo("2023-09-30");
            Cell late = r.getCell(7);
            assertThat(shown(late)).isEqualTo("逾期");
            assertThat(fill(late)).isEqualTo("FFC7CE");
            assertThat(((XSSFCellStyle) late.getCellStyle()).getFont().getXSSFColor().getARGBHex()).isEqualTo("FF9C0006");
            assertThat(shown(r.getCell(8))).isEqualTo("张三");
            assertThat(r.getCell(9).getLocalDateTimeCellValue()).as("shown on Beijing time").isEqualTo(LocalDateTime.of(2023, 10, 8, 9, 30));
            assertThat(shown(r.getCell(10))).isEqualTo("已约谈");
            Row ok = row(s, 2, "河津开发区");
            assertThat(shown(ok.getCell(7))).isEqualTo("未逾期");
            assertThat(fill(ok.getCell(7))).isEmpty();
            assertThat(shown(ok.getCell(9))).isEmpty();
        }
    }

    @Test
    void emptyListStillHasAHeader() throws Exception {
        try (XSSFWorkbook wb = Sample.open(Workbooks.rectifications(List.of(), TITLE))) {
            Sheet s = wb.getSheet("整改清单");
            assertThat(s.getLastRowNum()).isEqualTo(1);
            assertThat(autoFilter(s)).isEqualTo("A2:K2");
        }
    }
}
