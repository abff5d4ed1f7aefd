package cn.kaohe.figures;

import static cn.kaohe.figures.FiguresReader.INDICATOR;
import static cn.kaohe.figures.FiguresReader.NOTE;
import static cn.kaohe.figures.FiguresReader.PERIOD;
import static cn.kaohe.figures.FiguresReader.PREVIOUS;
import static cn.kaohe.figures.FiguresReader.SUBJECT;
import static cn.kaohe.figures.FiguresReader.VALUE;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.kaohe.period.Period;
import cn.kaohe.text.Names;
import cn.kaohe.zone.Zone;

/** The long format: one figure a row, {@code 考核期,对象,指标,数值[,上年同期][,备注]} in any column order. */
final class LongFigures {

    private static final List<String> REQUIRED = List.of(PERIOD, SUBJECT, INDICATOR, VALUE);
    private static final List<String> KNOWN = List.of(PERIOD, SUBJECT, INDICATOR, VALUE, PREVIOUS, NOTE);

    private final FigureChecks checks;
    private final Map<String, Integer> columns = new HashMap<>();

    /** Reads the header; its problems go to {@code checks}. */
    LongFigures(FigureChecks checks, SheetRow header) {
        this.checks = checks;
        for (int i = 0; i < header.cells().size(); i++) {
            String name = Names.key(header.cell(i).text());
            if (name.isEmpty()) {
                continue;
            }
            if (!KNOWN.contains(name)) {
                checks.problem(header.line(), i, name, "", "不认识的列，可用的列为：" + String.join("、", KNOWN));
            } else if (columns.putIfAbsent(name, i) != null) {
                checks.problem(header.line(), i, name, "", "列名重复");
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                checks.problem(header.line(), -1, required, "", "缺少此列，表头应为“考核期,对象,指标,数值[,上年同期]”");
            }
        }
    }

    void read(List<SheetRow> rows, int width) {
        for (SheetRow row : rows) {
            int problemsBefore = checks.problems().size();
            if (!checks.withinHeader(row, width)) {
                continue;
            }
            Period period = checks.period(row, column(PERIOD), true);
            Optional<Zone> subject = checks.subject(row, column(SUBJECT), true);
            Optional<Indicator> indicator = checks.indicator(row, column(INDICATOR));
            BigDecimal value = checks.number(row, column(VALUE), VALUE, true);
            BigDecimal previous = checks.number(row, column(PREVIOUS), PREVIOUS, false);
            if (subject.isPresent() && indicator.isPresent()) {
                checks.unique(row, -1, "", subject.get(), indicator.get());
            }
            if (checks.problems().size() == problemsBefore && period != null) {
                checks.add(new Figure(row.line(), subject.get(), indicator.get(), value, previous, row.cell(column(NOTE)).text()));
            }
        }
    }

    private int column(String name) {
        return columns.getOrDefault(name, -1);
    }
}
