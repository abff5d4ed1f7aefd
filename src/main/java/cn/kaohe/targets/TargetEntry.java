package cn.kaohe.targets;

import cn.kaohe.zone.ZoneRegistry;

/**
 * A row as someone typed it, in a web form, a workbook or a JSON request: every cell still text, so
 * that a row with a mistake can be shown back as it was entered.
 *
 * @param row where it was entered: the sheet row of a workbook, the position in a form or a request
 */
public record TargetEntry(int row, String kind, String year, String zoneType, String zone, String indicator, String value) {

    public TargetEntry {
        kind = clean(kind);
        year = clean(year);
        zoneType = clean(zoneType);
        zone = clean(zone);
        indicator = clean(indicator);
        value = clean(value);
    }

    /** A row of a table as it is shown for editing; an exception's zone type is filled in from the registry. */
    public static TargetEntry of(int row, TargetRow target, ZoneRegistry zones) {
        String type = target.kind() == TargetKind.ZONE
                ? zones.find(target.zone()).map(z -> z.type()).orElse("")
                : target.zoneType();
        return new TargetEntry(row, target.kind().label(), String.valueOf(target.year()), type, target.zone(), target.indicator(),
                TargetRow.plain(target.value()));
    }

    public boolean isBlank() {
        return kind.isEmpty() && year.isEmpty() && zoneType.isEmpty() && zone.isEmpty() && indicator.isEmpty() && value.isEmpty();
    }

    private static String clean(String cell) {
        return cell == null ? "" : cell.strip();
    }
}
