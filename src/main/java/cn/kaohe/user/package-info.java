/** Accounts and roles (考核人员, 政策人员, 查看, 管理员); passwords are stored hashed. */
package cn.kaohe.user;
