/**
 * The rulebook: checking a ruleset against the features that document it ({@link cn.kaohe.rulebook.RulesetCheck}),
 * and reading both side by side ({@link cn.kaohe.rulebook.RulebookView}: rule files, their scenarios, the last check).
 */
package cn.kaohe.rulebook;
