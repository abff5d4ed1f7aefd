/** The audit log of who imported, evaluated, exported, changed a status or a user, and when; read by administrators. */
package cn.kaohe.audit;
