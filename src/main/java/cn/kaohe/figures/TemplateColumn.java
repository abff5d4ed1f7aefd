package cn.kaohe.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.kaohe.text.TextFiles;

/**
 * One indicator column of a zone type's figures template, as {@code figures/templates.csv} lists it
 * (类型,指标,上年同期[,选填]; 上年同期 and 选填 are 是 or empty).
 *
 * @param zoneType  the zone type the template is for (工业类, 农业示范区, 化工园区)
 * @param indicator the indicator's name in the vocabulary
 * @param previous  whether the template has a "<指标>上年同期" column beside it
 * @param optional  whether filling it is optional (三个一批 for 工业类)
 */
record TemplateColumn(String zoneType, String indicator, boolean previous, boolean optional) {

    static final String RESOURCE = "/figures/templates.csv";
    private static final List<String> HEADER = List.of("类型", "指标", "上年同期");

    /** The columns shipped with the application. */
    static List<TemplateColumn> standard() {
        try (InputStream in = TemplateColumn.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("缺少模板清单 " + RESOURCE);
            }
            return parse(TextFiles.decode(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取模板清单 " + RESOURCE, e);
        }
    }

    /**
     * @throws IllegalStateException naming the line when the list is malformed
     */
    static List<TemplateColumn> parse(String csv) {
        List<TextFiles.Row> rows;
        try {
            rows = TextFiles.csvRows(csv).stream().filter(r -> !r.isBlank()).toList();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("模板清单 " + RESOURCE + " 不是有效的CSV：" + e.getMessage(), e);
        }
        if (rows.isEmpty() || rows.get(0).cells().size() < 3
                || !rows.get(0).cells().subList(0, 3).stream().map(String::strip).toList().equals(HEADER)) {
            throw new IllegalStateException("模板清单 " + RESOURCE + " 第1行应为表头“类型,指标,上年同期[,选填]”");
        }
        List<TemplateColumn> columns = new ArrayList<>();
        for (TextFiles.Row row : rows.subList(1, rows.size())) {
            if (row.cell(0).isEmpty() || row.cell(1).isEmpty()) {
                throw new IllegalStateException("模板清单 " + RESOURCE + " 第" + row.line() + "行：类型和指标不能为空");
            }
            columns.add(new TemplateColumn(row.cell(0), row.cell(1), yes(row, 2), yes(row, 3)));
        }
        return columns;
    }

    private static boolean yes(TextFiles.Row row, int index) {
        String text = row.cell(index);
        if (!text.isEmpty() && !text.equals("是") && !text.equals("否")) {
            throw new IllegalStateException("模板清单 " + RESOURCE + " 第" + row.line() + "行：第" + (index + 1) + "列应为“是”或留空，而不是“" + text + "”");
        }
        return text.equals("是");
    }
}
