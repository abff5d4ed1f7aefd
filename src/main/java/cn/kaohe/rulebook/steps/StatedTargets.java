package cn.kaohe.rulebook.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * 工业投资增速17%（河津开发区16%）. For each indicator named, the year's targets table is given exactly
 * these targets (a 省定通用 target and the exceptions in brackets); other indicators keep the table's.
 * When that changes nothing, the ruleset under check itself is used; otherwise an edited copy is built
 * once per run.
 */
final class StatedTargets {

    private static final Pattern PART = Pattern.compile("^(.+?)(-?[0-9]+(?:\\.[0-9]+)?)(%|万元/亩|分|亿元|家|个)?(?:（(.+)）)?$");

    private StatedTargets() {
    }

    /** The ruleset to evaluate under for the stated targets in the given year; null when it is the ruleset under check. */
    static Ruleset ruleset(String stated, int year) {
        Rulebook.Context context = Rulebook.current();
        List<Ruleset.RuleFile> files = context.rules().files();
        TargetTable table = TargetTables.paths(files).stream()
                .map(p -> TargetTables.read(files, p))
                .filter(t -> t.year().orElse(0) == year)
                .findFirst()
                .orElseThrow(() -> new AssertionError("规则中没有" + year + "年的目标表"));
        String type = TargetTables.zoneTypes(table.path()).stream().findFirst().orElseThrow();
        Map<String, TargetRow> wanted = new LinkedHashMap<>();
        for (String part : stated.split("[，；]")) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                throw new AssertionError("看不懂“" + part + "”：应写成“规上工业增加值增速16%（河津开发区15%）”");
            }
            String indicator = context.indicators().find(m.group(1)).orElseThrow(() -> new AssertionError("没有名为“" + m.group(1) + "”的指标")).name();
            put(wanted, TargetRow.general(year, type, indicator, NumberText.parse(m.group(2))));
            if (m.group(4) != null) {
                for (String exception : m.group(4).split("、")) {
                    Matcher e = PART.matcher(exception.strip());
                    if (!e.matches() || e.group(4) != null) {
                        throw new AssertionError("看不懂“" + exception + "”：应写成“河津开发区15%”");
                    }
                    String zone = context.zones().find(e.group(1)).map(Zone::name).orElseThrow(() -> new AssertionError("开发区名录中没有“" + e.group(1) + "”"));
                    put(wanted, TargetRow.forZone(year, zone, indicator, NumberText.parse(e.group(2))));
                }
            }
        }
        Set<String> indicators = new java.util.HashSet<>();
        wanted.values().forEach(r -> indicators.add(r.indicator()));
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

    private static void put(Map<String, TargetRow> wanted, TargetRow row) {
        wanted.put(key(row), row);
    }

    /** Rows for the same target: a default (省定通用 and 示例 alike) of a type, or one zone's exception. */
    private static String key(TargetRow row) {
        return (row.kind() == TargetKind.ZONE ? "个别|" + row.zone() : "通用|" + row.zoneType()) + "|" + row.indicator();
    }
}
