-- Indexes the paged reads need at national scale (2,600 zones, about 85,000 results a run); see docs/adr/0010-pages-at-national-scale.md.
-- The latest run of a period, and of every period in one query.
create index evaluation_run_period on evaluation_run (period_id, id);
-- A page of zones of a run (subject in (...)), a zone across runs, a city's zones, an indicator's trend across runs.
create index run_result_run_subject on run_result (run_id, subject);
create index run_result_run_city on run_result (run_id, city);
create index run_result_run_indicator on run_result (run_id, indicator);
create index run_standing_run_subject on run_standing (run_id, subject);
create index run_warning_run_subject on run_warning (run_id, subject);
create index run_rectification_run_subject on run_rectification (run_id, subject);
create index run_grade_run_subject on run_grade (run_id, subject);
create index run_campaign_run_subject on run_campaign (run_id, subject);
create index run_bulletin_run_subject on run_bulletin (run_id, subject);
-- The rectification list: newest period first, filtered by status (逾期: not done and past the deadline).
create index rectification_item_period on rectification_item (period_id, id);
create index rectification_item_status on rectification_item (status, deadline);
