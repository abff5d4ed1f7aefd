/**
 * Measuring the product at national scale: an invented period of any size in the files users import
 * ({@link cn.kaohe.bench.PeriodGenerator}, {@code kaohe generate}).
 */
package cn.kaohe.bench;
