/**
 * 省定目标表 as data: the rows of a targets decision table ({@code rules/industrial/targets-*.drl.csv})
 * read from and written back to its CSV text with the rule names generated in the table's own wording,
 * the checks a table must pass before it may become a candidate ruleset (one default per year, zone
 * type and indicator, no overlapping exceptions, known names, values in range), and the rows read from
 * an uploaded workbook. Spring-free: the web and the rulebook steps use the same classes.
 */
package cn.kaohe.targets;
