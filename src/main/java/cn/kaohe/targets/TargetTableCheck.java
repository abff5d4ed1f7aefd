package cn.kaohe.targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.kaohe.figures.Indicator;
import cn.kaohe.figures.IndicatorCatalog;
import cn.kaohe.zone.Zone;
import cn.kaohe.zone.ZoneRegistry;

/**
 * What a targets table must satisfy before it may become a candidate ruleset: every cell filled and
 * readable, known zones, zone types and indicators, values in range, exactly one default (省定通用 or
 * 示例) for each year, zone type and indicator, and each exception (个别) alone for its zone and backed
 * by a default. Every problem is reported, each with its row; rows that are blank are skipped.
 */
public final class TargetTableCheck {

    /** The rows ready to be written when there are no problems. */
    public record Result(List<TargetRow> rows, List<TargetProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    static final String KIND = "类别";

    private final ZoneRegistry zones;
    private final IndicatorCatalog indicators;

    public TargetTableCheck(ZoneRegistry zones, IndicatorCatalog indicators) {
        this.zones = zones;
        this.indicators = indicators;
    }

    public Result check(TargetTable table, List<TargetEntry> entries) {
        List<TargetProblem> problems = new ArrayList<>();
        List<TargetRow> rows = new ArrayList<>();
        Map<String, Integer> defaults = new HashMap<>();
        Map<String, Integer> exceptions = new HashMap<>();
        List<TargetEntry> entered = new ArrayList<>();
        boolean unread = false;
        for (TargetEntry e : entries) {
            if (e.isBlank()) {
                continue;
            }
            Optional<TargetRow> row = new TargetRowCheck(zones, indicators, table, e, problems).row();
            if (row.isEmpty()) {
                unread = true;
                continue;
            }
            TargetRow r = row.get();
            Map<String, Integer> seen = r.kind().isDefault() ? defaults : exceptions;
            Integer earlier = seen.putIfAbsent(r.year() + "|" + (r.kind().isDefault() ? r.zoneType() : r.zone()) + "|" + r.indicator(), e.row());
            if (earlier != null) {
                problems.add(new TargetProblem(e.row(), "", "与第" + earlier + "行重复：" + r.year() + "年" + r.scope() + "的" + r.indicator()
                        + (r.kind().isDefault() ? "已有同类开发区通用目标（省定通用和示例合起来只能有一个）" : "已有个别开发区目标")));
                continue;
            }
            rows.add(r);
            entered.add(e);
        }
        // an exception's default may be on a row that could not be read: then "no default" would mislead
        for (int i = 0; i < rows.size() && !unread; i++) {
            TargetRow r = rows.get(i);
            if (r.kind() == TargetKind.ZONE) {
                String type = zones.find(r.zone()).map(Zone::type).orElse("");
                if (!defaults.containsKey(r.year() + "|" + type + "|" + r.indicator())) {
                    problems.add(new TargetProblem(entered.get(i).row(), "", "没有" + r.year() + "年" + TargetRow.typeName(type) + r.indicator()
                            + "的通用目标；个别开发区的目标须有对应的同类开发区通用目标（省定通用或示例）"));
                }
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new TargetProblem(0, "", "目标表中没有任何目标"));
        }
        problems.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return new Result(problems.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(problems));
    }

    /** Why a value is out of range for its indicator, or null: 增速 −100%…1000%, other percentages 0…100, the rest ≥ 0. */
    static String range(Indicator indicator, BigDecimal value) {
        String v = TargetRow.plain(value) + indicator.unit();
        if (indicator.isPercent() && indicator.name().contains("增速")) {
            return value.compareTo(BigDecimal.valueOf(-100)) < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0
                    ? v + "超出范围：增速应在-100%到1000%之间" : null;
        }
        if (indicator.isPercent()) {
            return value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 ? v + "超出范围：" + indicator.name() + "应在0%到100%之间" : null;
        }
        return value.signum() < 0 ? v + "超出范围：" + indicator.name() + "不能为负数" : null;
    }

    static boolean isAggregate(String type) {
        return type.endsWith("合计") || type.equals("全市") || type.equals("全省");
    }

    static String hint(Set<String> allowed) {
        return allowed.isEmpty() ? "" : "（本表只适用于" + String.join("、", allowed.stream().map(TargetRow::typeName).sorted().toList()) + "）";
    }
}
