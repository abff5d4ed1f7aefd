package cn.kaohe.rulebook.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import cn.kaohe.figures.NumberText;
import cn.kaohe.rules.Ruleset;
import cn.kaohe.rules.RulesetLoader;
import cn.kaohe.targets.TargetKind;
import cn.kaohe.targets.TargetRow;
import cn.kaohe.targets.TargetTable;
import cn.kaohe.targets.TargetTables;
import cn.kaohe.zone.Zone;

/**
 * Targets a scenario states in the materials' own words, so that its figures and wording stay what
 * the materials say whatever the table under check holds: 规上工业增加值增速16%（河津开发区15%），
 * 工业投资增速17%（河津开发区16%） as 省定 targets, 产出强度30万元/亩，党建80分 as 示例 targets. A scenario may
 * state both (one step each); they add up.
 *
 * <p>When the scenario is evaluated, the targets table holding its period's year is given exactly the
 * stated targets for each indicator named (the default — 省定通用 or 示例 — and the exceptions in
 * brackets, nothing else); other indicators and other years keep the table's rows. When that changes
 * nothing, the ruleset under check itself is used; otherwise an edited copy is built once per run and
 * shared by every scenario that states the same targets.
 */
final class StatedTargets {

    private static final Pattern PART = Pattern.compile("^(.+?)(-?[0-9]+(?:\\.[0-9]+)?)(%|万元/亩|分|亿元|家|个)?(?:（(.+)）)?$");
    /** Stated rows carry no year until the scenario is evaluated: they apply to its period's year. */
    private static final int ANY_YEAR = 0;

    /** Stated targets by {@link #key}, in the order stated; a later statement of the same target wins. */
    private final Map<String, TargetRow> stated = new LinkedHashMap<>();

    boolean isEmpty() {
        return stated.isEmpty();
    }

    /**
     * Adds the targets a step states.
     *
     * @param kind {@link TargetKind#GENERAL} (按材料中的省定目标考核) or {@link TargetKind#EXAMPLE} (按示例目标考核);
     *             targets in brackets are 省定个别 either way
     */
    void state(TargetKind kind, String text) {
        Rulebook.Context context = Rulebook.current();
        for (String part : text.split("[，；]")) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                throw new AssertionError("看不懂“" + part + "”：应写成“规上工业增加值增速16%（河津开发区15%）”或“产出强度30万元/亩”");
            }
            String indicator = context.indicators().find(m.group(1)).orElseThrow(() -> new AssertionError("没有名为“" + m.group(1) + "”的指标")).name();
            put(new TargetRow(kind, ANY_YEAR, "", "", indicator, NumberText.parse(m.group(2))));
            if (m.group(4) != null) {
                for (String exception : m.group(4).split("、")) {
                    Matcher e = PART.matcher(exception.strip());
                    if (!e.matches() || e.group(4) != null) {
                        throw new AssertionError("看不懂“" + exception + "”：应写成“河津开发区15%”");
                    }
                    String zone = context.zones().find(e.group(1)).map(Zone::name).orElseThrow(() -> new AssertionError("开发区名录中没有“" + e.group(1) + "”"));
                    put(TargetRow.forZone(ANY_YEAR, zone, indicator, NumberText.parse(e.group(2))));
                }
            }
        }
    }

    /** The ruleset to evaluate under in the given year; null when it is the ruleset under check. */
    Ruleset ruleset(int year) {
        Rulebook.Context context = Rulebook.current();
        List<Ruleset.RuleFile> files = context.rules().files();
        TargetTable table = table(files, year);
        String type = TargetTables.zoneTypes(table.path()).stream().findFirst()
                .orElseThrow(() -> new AssertionError("目标表 " + table.path() + " 不适用于任何开发区类型"));
        Map<String, TargetRow> wanted = new LinkedHashMap<>();
        for (TargetRow r : stated.values()) {
            TargetRow row = new TargetRow(r.kind(), year, r.kind().isDefault() ? type : "", r.zone(), r.indicator(), r.value());
            wanted.put(key(row), row);
        }
        Set<String> indicators = wanted.values().stream().map(TargetRow::indicator).collect(Collectors.toSet());
        List<TargetRow> rows = new ArrayList<>();
        for (TargetRow old : table.rows()) {
            if (old.year() != year || !indicators.contains(old.indicator())) {
                rows.add(old);
            } else {
                TargetRow replacement = wanted.remove(key(old));
                if (replacement != null) {
                    rows.add(replacement);
                }
            }
        }
        rows.addAll(wanted.values());
        String text = table.withRows(rows).text(context.indicators());
        String current = files.stream().filter(f -> f.path().equals(table.path())).findFirst().orElseThrow().content();
        if (text.equals(current)) {
            return null;
        }
        return context.derived(table.path() + "\n" + text,
                all -> RulesetLoader.build("材料中的目标", TargetTables.replace(all, table.path(), text)));
    }

    /**
     * The targets table for a year: the one with rows of that year (a table may hold several years),
     * else the one its file name dates to that year.
     */
    private static TargetTable table(List<Ruleset.RuleFile> files, int year) {
        List<TargetTable> tables = TargetTables.paths(files).stream().map(p -> TargetTables.read(files, p)).toList();
        return tables.stream().filter(t -> t.rows().stream().anyMatch(r -> r.year() == year)).findFirst()
                .or(() -> tables.stream().filter(t -> t.year().orElse(0) == year).findFirst())
                .orElseThrow(() -> new AssertionError("规则中没有" + year + "年的目标表"));
    }

    private void put(TargetRow row) {
        stated.put(key(row), row);
    }

    /** Rows for the same target: a default (省定通用 and 示例 alike) of a type, or one zone's exception. */
    private static String key(TargetRow row) {
        return (row.kind() == TargetKind.ZONE ? "个别|" + row.zone() : "通用|" + row.zoneType()) + "|" + row.indicator();
    }
}
