/**
 * Excel (XLSX) exports for officials: the evaluation's results, totals and ranks, warnings and safety
 * grades; the rectification list with its deadlines and handling; and the bulletin paragraphs. Every
 * sheet has a Chinese header that stays frozen and filterable, numbers stored as real numbers (a
 * percentage 13.97 shown as 13.97%), and column widths sized for Chinese text, so the files read the
 * same in Excel and WPS. Built with Apache POI; no formulas.
 */
package cn.kaohe.export;
