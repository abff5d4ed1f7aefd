package cn.kaohe.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import cn.kaohe.figures.Indicator;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.figures.NumberText;
import cn.kaohe.text.Names;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/** The checks of one entered row's cells: each cell readable and known, the value in range for its indicator. */
final class TargetRowCheck {

    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;
    private final TargetTable table;
    private final TargetEntry e;
    private final List<TargetProblem> problems;
    private boolean bad;

    TargetRowCheck(ZoneRegistry zones, IndicatorCatalog indicators, TargetTable table, TargetEntry e, List<TargetProblem> problems) {
        this.zones = zones;
        this.indicators = indicators;
        this.table = table;
        this.e = e;
        this.problems = problems;
    }

    Optional<TargetRow> row() {
        TargetKind kind = kind();
        Integer year = year();
        Indicator indicator = indicator();
        String type = "";
        String zone = "";
        if (kind == TargetKind.ZONE) {
            zone = zone();
        } else if (kind != null) {
            type = zoneType();
            if (!e.zone().isEmpty()) {
                add(TargetTable.ZONE_LABEL, "同类开发区通用的目标不填开发区；要给“" + e.zone() + "”单独定目标，请把类别改为“省定个别”");
            }
        }
        BigDecimal value = value(indicator);
        if (bad) {
            return Optional.empty();
        }
        return Optional.of(new TargetRow(kind, year, type, zone, indicator.name(), value));
    }

    private TargetKind kind() {
        if (required(TargetTableCheck.KIND, e.kind())) {
            Optional<TargetKind> kind = TargetKind.of(e.kind());
            if (kind.isEmpty()) {
                add(TargetTableCheck.KIND, "“" + e.kind() + "”不是有效的类别，应为省定通用、省定个别或示例");
            } else if (!table.kinds().contains(kind.get())) {
                add(TargetTableCheck.KIND, "本目标表没有“" + kind.get().label() + "”一类");
            } else {
                return kind.get();
            }
        }
        bad = true;
        return null;
    }

    private Integer year() {
        String column = TargetTable.YEAR_LABEL;
        if (required(column, e.year())) {
            try {
                int year = NumberText.parse(e.year()).intValueExact();
                OptionalInt fileYear = table.year();
                if (year < 2000 || year > 2100) {
                    add(column, year + "不在2000到2100之间");
                } else if (fileYear.isPresent() && fileYear.getAsInt() != year) {
                    add(column, "本表是" + fileYear.getAsInt() + "年的目标表，年度应为" + fileYear.getAsInt());
                } else {
                    return year;
                }
            } catch (NumberFormatException | ArithmeticException ex) {
                add(column, "“" + e.year() + "”不是年份（应为四位数字，如2023）");
            }
        }
        bad = true;
        return null;
    }

    private Indicator indicator() {
        String column = TargetTable.INDICATOR_LABEL;
        if (required(column, e.indicator())) {
            Optional<Indicator> found = indicators.find(e.indicator());
            if (found.isPresent()) {
                return found.get();
            }
            add(column, "没有名为“" + e.indicator() + "”的指标" + indicators.suggest(e.indicator()).map(s -> "，是否是“" + s + "”？").orElse(""));
        }
        bad = true;
        return null;
    }

    private String zoneType() {
        String column = TargetTable.TYPE_LABEL;
        if (!required(column, e.zoneType())) {
            bad = true;
            return "";
        }
        Set<String> allowed = TargetTables.zoneTypes(table.path());
        String typed = Names.key(e.zoneType());
        Optional<String> type = zones.zones().stream().map(Zone::type).filter(t -> !TargetTableCheck.isAggregate(t))
                .filter(t -> Names.key(t).equals(typed) || Names.key(TargetRow.typeName(t)).equals(typed)).findFirst();
        if (type.isEmpty()) {
            add(column, "没有“" + e.zoneType() + "”这种开发区类型" + TargetTableCheck.hint(allowed));
        } else if (!allowed.isEmpty() && !allowed.contains(type.get())) {
            add(column, "本表的目标不适用于" + TargetRow.typeName(type.get()) + TargetTableCheck.hint(allowed));
        } else {
            return type.get();
        }
        bad = true;
        return "";
    }

    private String zone() {
        if (!required(TargetTable.ZONE_LABEL, e.zone())) {
            bad = true;
            return "";
        }
        Optional<Zone> zone = zones.find(e.zone());
        Set<String> allowed = TargetTables.zoneTypes(table.path());
        if (zone.isEmpty()) {
            add(TargetTable.ZONE_LABEL, "没有名为“" + e.zone() + "”的开发区" + zones.suggest(e.zone()).map(s -> "，是否是“" + s + "”？").orElse(""));
        } else if (TargetTableCheck.isAggregate(zone.get().type())) {
            add(TargetTable.ZONE_LABEL, "“" + zone.get().name() + "”是合计，不是开发区，不能单独定目标");
        } else if (!allowed.isEmpty() && !allowed.contains(zone.get().type())) {
            add(TargetTable.ZONE_LABEL, "“" + zone.get().name() + "”是" + zone.get().type() + "，本表的目标不适用于它" + TargetTableCheck.hint(allowed));
        } else if (!e.zoneType().isEmpty() && !Names.key(e.zoneType()).equals(Names.key(zone.get().type()))
                && !Names.key(e.zoneType()).equals(Names.key(TargetRow.typeName(zone.get().type())))) {
            add(TargetTable.TYPE_LABEL, "“" + zone.get().name() + "”是" + zone.get().type() + "，不是“" + e.zoneType() + "”");
        } else {
            return zone.get().name();
        }
        bad = true;
        return "";
    }

    private BigDecimal value(Indicator indicator) {
        String column = TargetTable.VALUE_LABEL;
        if (!required(column, e.value())) {
            bad = true;
            return null;
        }
        BigDecimal value;
        try {
            value = NumberText.parse(e.value());
        } catch (NumberFormatException ex) {
            add(column, "“" + e.value() + "”不是数字");
            bad = true;
            return null;
        }
        if (indicator != null) {
            String range = TargetTableCheck.range(indicator, value);
            if (range != null) {
                add(column, range);
                bad = true;
            }
        }
        return value;
    }

    private boolean required(String column, String cell) {
        if (cell.isEmpty()) {
            add(column, "不能为空");
            return false;
        }
        return true;
    }

    private void add(String column, String message) {
        problems.add(new TargetProblem(e.row(), column, message));
    }
}
