/** Assessment periods as officials write them (2023年1-6月, 2023年上半年, 首季, 2023-H1) and their months. */
package cn.kaohe.period;
