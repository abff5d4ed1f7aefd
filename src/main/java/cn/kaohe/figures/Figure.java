package cn.kaohe.figures;

import java.math.BigDecimal;

import cn.kaohe.zone.Zone;

/**
 * One reported figure, with names already resolved to the registry's and the vocabulary's.
 *
 * @param line     the line of the source file it came from
 * @param previous the same figure a year earlier (上年同期), or null
 * @param note     the row's 备注, or empty
 */
public record Figure(int line, Zone subject, Indicator indicator, BigDecimal value, BigDecimal previous, String note) {
}
