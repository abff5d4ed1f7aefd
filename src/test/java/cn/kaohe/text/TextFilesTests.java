package cn.kaohe.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("读取上报的文本文件")
class TextFilesTests {

    private static final String CSV = "考核期,对象,指标,数值,上年同期,备注\r\n"
            + "2023年1-6月,河津开发区,规上工业增加值增速,15.2%,１５．２,“四上”企业\r\n"
            + "2023年上半年,襄垣经济技术开发区,工业投资,\"1,234.5\",－５,绿色有机农产品覆盖率\r\n";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    @DisplayName("UTF-8、带BOM的UTF-8、GBK解出的文字完全相同")
    void decodesEveryEncodingTheSame() {
        byte[] utf8 = CSV.getBytes(StandardCharsets.UTF_8);
        byte[] gbk = CSV.getBytes(Charset.forName("GBK"));

        assertThat(gbk).isNotEqualTo(utf8);
        assertThat(TextFiles.decode(utf8)).isEqualTo(CSV);
        assertThat(TextFiles.decode(concat(BOM, utf8))).isEqualTo(CSV);
        assertThat(TextFiles.decode(gbk)).isEqualTo(CSV);
    }

    @Test
    @DisplayName("BOM被去掉，第一列表头不带隐藏字符")
    void bomIsDropped() {
        String text = TextFiles.decode(concat(BOM, "考核期,对象".getBytes(StandardCharsets.UTF_8)));

        assertThat(text).isEqualTo("考核期,对象");
        assertThat(text.charAt(0)).isEqualTo('考');
    }

    @Test
    @DisplayName("从磁盘读取GBK文件时不依赖平台默认编码")
    void readsGbkFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("figures.csv");
        Files.write(file, CSV.getBytes(Charset.forName("GBK")));

        assertThat(TextFiles.read(file)).isEqualTo(CSV);
    }

    @Test
    @DisplayName("每行记下起始行号，表头是第1行")
    void rowsKeepLineNumbers() throws IOException {
        List<TextFiles.Row> rows = TextFiles.csvRows("考核期,对象\n2023年,河津开发区\n2023年,运城开发区\n");

        assertThat(rows).extracting(TextFiles.Row::line).containsExactly(1, 2, 3);
        assertThat(rows.get(0).cells()).containsExactly("考核期", "对象");
        assertThat(rows.get(2).cells()).containsExactly("2023年", "运城开发区");
    }

    @Test
    @DisplayName("引号内的换行使下一行的行号相应后移")
    void quotedNewlineShiftsFollowingLineNumbers() throws IOException {
        String text = "对象,备注\n"
                + "河津开发区,\"第一行\n第二行\"\n"
                + "运城开发区,无\n"
                + "盐湖高新区,\"甲\n乙\n丙\"\n"
                + "新绛开发区,无\n";

        List<TextFiles.Row> rows = TextFiles.csvRows(text);

        assertThat(rows).extracting(TextFiles.Row::line).containsExactly(1, 2, 4, 5, 8);
        assertThat(rows.get(1).cell(1)).isEqualTo("第一行\n第二行");
        assertThat(rows.get(4).cell(0)).isEqualTo("新绛开发区");
    }

    @Test
    @DisplayName("Windows换行（CRLF）和空行不打乱行号")
    void crlfAndBlankLinesKeepLineNumbers() throws IOException {
        List<TextFiles.Row> rows = TextFiles.csvRows("对象,备注\r\n\r\n河津开发区,\"甲\r\n乙\"\r\n运城开发区,无\r\n");

        assertThat(rows).extracting(TextFiles.Row::line).containsExactly(1, 2, 3, 5);
        assertThat(rows.get(1).isBlank()).isTrue();
        assertThat(rows.get(3).cell(0)).isEqualTo("运城开发区");
    }

    @Test
    @DisplayName("加引号的“1,234.5”是一个单元格")
    void quotedThousandsStayOneCell() throws IOException {
        List<TextFiles.Row> rows = TextFiles.csvRows("对象,数值,上年同期\n河津开发区,\"1,234.5\",12\n");

        assertThat(rows.get(1).cells()).containsExactly("河津开发区", "1,234.5", "12");
    }

    @Test
    @DisplayName("单元格取值去掉首尾空白，缺少的单元格为空")
    void cellIsStrippedAndMissingIsEmpty() throws IOException {
        TextFiles.Row row = TextFiles.csvRows(" 河津开发区 ,15.2").get(0);

        assertThat(row.cell(0)).isEqualTo("河津开发区");
        assertThat(row.cell(5)).isEmpty();
        assertThat(row.isBlank()).isFalse();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
