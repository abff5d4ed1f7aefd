/**
 * Measuring the product at national scale: an invented period of any size in the files users import
 * ({@link cn.kaohe.bench.PeriodGenerator}, {@code kaohe generate}); the hand-written floor the rule engine is measured
 * against ({@link cn.kaohe.bench.BaselineEvaluator}) and the check that both agree ({@link cn.kaohe.bench.Equivalence});
 * and the benchmark itself ({@link cn.kaohe.bench.Bench}, {@code kaohe bench}).
 */
package cn.kaohe.bench;
