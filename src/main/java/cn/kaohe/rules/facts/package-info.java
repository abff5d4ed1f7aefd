/**
 * The facts rules reason about: plain objects, never entities. Rules under {@code rules/} import them
 * by name, so renaming a getter here is a change to the rule language.
 */
package cn.kaohe.rules.facts;
