-- One row per subject of a run (zones, city and province aggregates), written with the run, so the results page
-- pages, counts, filters and sorts a run's ~3,000 subjects instead of grouping its ~28,000-85,000 results on every
-- request; see docs/adr/0010-pages-at-national-scale.md.
create table run_zone (
    run_id      bigint         not null references evaluation_run (id),
    subject     varchar(100)   not null,
    -- Place of the subject's first result in the run (evaluation order, the zone registry's order), from 1.
    ordinal     integer        not null,
    city        varchar(50),
    results     integer        not null,
    failed      integer        not null,
    -- Highest total score of the subject's standings; null when it has none.
    total       numeric(10, 2),
    -- The subject's indicators in evaluation order, separated by a line feed (chr(10)).
    indicators  varchar(4000)  not null,
    -- Subject first: H2 looks up an IN list only on an index's first column (a type's zones, a page's zones).
    primary key (subject, run_id)
);
create index run_zone_run_ordinal on run_zone (run_id, ordinal);
create index run_zone_run_city on run_zone (run_id, city, ordinal);
create index run_zone_run_failed on run_zone (run_id, failed, ordinal);
create index run_zone_run_total on run_zone (run_id, total, ordinal);

-- Runs stored before this migration: the same summary computed from their results and standings.
insert into run_zone (run_id, subject, ordinal, city, results, failed, total, indicators)
select r.run_id, r.subject, row_number() over (partition by r.run_id order by min(r.id)), min(r.city), count(*),
       sum(case when r.passed then 0 else 1 end),
       (select max(s.total) from run_standing s where s.run_id = r.run_id and s.subject = r.subject),
       string_agg(r.indicator, chr(10) order by r.id)
from run_result r
group by r.run_id, r.subject;

-- A page's rows are read by run_id = ? and subject in (<the page's zones>). H2 uses an IN list for an index lookup only
-- on the index's first column, so with (run_id, subject) it scanned the whole run's rows comparing each subject with the
-- list; (subject, run_id) serves the same queries on H2 and PostgreSQL with one lookup per listed subject.
drop index run_result_run_subject;
create index run_result_subject_run on run_result (subject, run_id);
drop index run_standing_run_subject;
create index run_standing_subject_run on run_standing (subject, run_id);
drop index run_warning_run_subject;
create index run_warning_subject_run on run_warning (subject, run_id);
drop index run_rectification_run_subject;
create index run_rectification_subject_run on run_rectification (subject, run_id);
