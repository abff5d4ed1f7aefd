package cn.kaohe.targets;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a targets table: one rule.
 *
 * @param zoneType the zone type a default (通用, 示例) applies to; empty for an exception
 * @param zone     the zone an exception (个别) applies to; empty for a default
 * @param value    in the indicator's unit (16 for 16%)
 */
public record TargetRow(TargetKind kind, int year, String zoneType, String zone, String indicator, BigDecimal value) {

    public TargetRow {
        Objects.requireNonNull(kind);
        zoneType = zoneType == null ? "" : zoneType;
        zone = zone == null ? "" : zone;
        Objects.requireNonNull(indicator);
        Objects.requireNonNull(value);
    }

    public static TargetRow general(int year, String zoneType, String indicator, BigDecimal value) {
        return new TargetRow(TargetKind.GENERAL, year, zoneType, "", indicator, value);
    }

    public static TargetRow forZone(int year, String zone, String indicator, BigDecimal value) {
        return new TargetRow(TargetKind.ZONE, year, "", zone, indicator, value);
    }

    public static TargetRow example(int year, String zoneType, String indicator, BigDecimal value) {
        return new TargetRow(TargetKind.EXAMPLE, year, zoneType, "", indicator, value);
    }

    /** Who the target is for, as the rule name says it: 工业类开发区 or 河津开发区. */
    public String scope() {
        return kind == TargetKind.ZONE ? zone : typeName(zoneType);
    }

    /**
     * The rule's name in the tables' wording: 2023年工业类开发区规上工业增加值增速省定目标为16%,
     * 2023年河津开发区规上工业增加值增速省定目标为15%, 2023年工业类开发区产出强度示例目标为30万元/亩.
     *
     * @param unit the indicator's unit (%, 万元/亩, 分)
     */
    public String ruleName(String unit) {
        return year + "年" + scope() + indicator + kind.basis() + "目标为" + plain(value) + (unit == null ? "" : unit);
    }

    public TargetRow withValue(BigDecimal newValue) {
        return new TargetRow(kind, year, zoneType, zone, indicator, newValue);
    }

    /** A zone type as the names write it: 工业类 → 工业类开发区; 农业示范区 stays. */
    public static String typeName(String zoneType) {
        return zoneType.endsWith("区") ? zoneType : zoneType + "开发区";
    }

    /** A value without needless decimals: 16, 15.5, 0.25. */
    public static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
    }
}
