/**
 * Writing many rows at once: {@link cn.kaohe.persistence.BatchInserts} inserts a run's conclusions or an import's
 * figures in JDBC batches inside the caller's transaction, without keeping an entity per row in the persistence context.
 */
package cn.kaohe.persistence;
