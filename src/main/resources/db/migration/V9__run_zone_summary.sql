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
    primary key (run_id, subject)
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
