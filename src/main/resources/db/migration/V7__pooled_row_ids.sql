-- Ids of the application's rows (imported figures, rectification items and their events, audit records, ...) are taken
-- 500 at a time, as the run's rows already are (run_row_seq): a national import of 85,000 figures asks the sequence
-- 170 times instead of 1,700, and its inserts go out in JDBC batches of hibernate.jdbc.batch_size (500).
-- Hibernate's pooled optimizer reads a sequence value as the top of the next block, so the ids handed out after this
-- change start above every id handed out before it.
alter sequence app_row_seq increment by 500;
