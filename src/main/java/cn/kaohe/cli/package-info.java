/** The command line (picocli). Commands call the same services as the web; none touches Drools. */
package cn.kaohe.cli;
