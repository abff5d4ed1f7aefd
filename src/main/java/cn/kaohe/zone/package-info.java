/** The registry of assessed subjects (zones, chemical parks, cities, the province's zones) and their aliases. */
package cn.kaohe.zone;
