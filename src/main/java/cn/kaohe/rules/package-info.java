/**
 * The rule engine: builds a {@link cn.kaohe.rules.Ruleset} from the rule files on disk, versions it by
 * hash, and runs it over plain facts. Nothing outside this package touches Drools.
 */
package cn.kaohe.rules;
