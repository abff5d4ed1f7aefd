/**
 * Figures in: the long-format CSV {@code 考核期,对象,指标,数值[,上年同期][,备注]} in UTF-8 or GBK, checked row by
 * row, with subjects and indicators resolved to their canonical names.
 */
package cn.kaohe.figures;
