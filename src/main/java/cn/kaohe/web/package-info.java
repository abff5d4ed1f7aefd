/**
 * The officials' web application: server-rendered pages (Thymeleaf) and the REST API under {@code /api},
 * both calling the same services as the command line.
 */
package cn.kaohe.web;
