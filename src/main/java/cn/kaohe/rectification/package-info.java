/** The rectification list followed up across periods: statuses, deadlines, overdue flags, automatic closing. */
package cn.kaohe.rectification;
