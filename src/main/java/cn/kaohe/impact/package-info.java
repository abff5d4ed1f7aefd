/**
 * What a candidate ruleset would change before it is published: {@link cn.kaohe.impact.ImpactAnalysis} sets a period's
 * published results against the same figures evaluated under the candidate (flips, targets, scores, places, grades,
 * rectifications), and {@link cn.kaohe.impact.RulesetComparison} compares the two rulesets file by file, line by line.
 * Pure functions of their inputs: no Spring, no database.
 */
package cn.kaohe.impact;
