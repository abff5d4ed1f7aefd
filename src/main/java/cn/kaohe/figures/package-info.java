/**
 * Figures in: CSV (UTF-8 or GBK) or Excel workbooks (.xlsx, told apart by their bytes), in the long format
 * {@code 考核期,对象,指标,数值[,上年同期][,备注]} or the wide format officials fill in (one row per subject,
 * one column per indicator, "<指标>上年同期" beside it), checked row by row with subjects and indicators
 * resolved to their canonical names; and the wide Excel templates per zone type ({@link cn.kaohe.figures.FigureTemplates}).
 */
package cn.kaohe.figures;
