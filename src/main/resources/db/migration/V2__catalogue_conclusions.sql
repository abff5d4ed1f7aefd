-- What the full rule catalogue concludes beyond verdicts: grades, campaigns, warnings, comparisons, rankings, bulletin.
create table run_grade (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    score          numeric(10, 2),
    grade          varchar(4)    not null,
    meaning        varchar(100)  not null,
    rule           varchar(300)  not null,
    target_grade   varchar(4),
    passed         boolean,
    judged_by      varchar(300)
);
create index run_grade_run on run_grade (run_id);

create table run_campaign (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    campaign       varchar(100)  not null,
    total          numeric(20, 6) not null,
    done           numeric(20, 6) not null,
    rate           numeric(10, 2),
    open_count     numeric(20, 6) not null,
    rule           varchar(300)  not null
);
create index run_campaign_run on run_campaign (run_id);

create table run_warning (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    indicator      varchar(100)  not null,
    level          varchar(10)   not null,
    text           varchar(1000) not null,
    rule           varchar(300)  not null
);
create index run_warning_run on run_warning (run_id);

create table run_comparison (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    indicator      varchar(100)  not null,
    against        varchar(50)   not null,
    other_value    numeric(20, 6) not null,
    kind           varchar(10)   not null,
    comparison_value numeric(20, 6) not null,
    text           varchar(300)  not null,
    rule           varchar(300)  not null
);
create index run_comparison_run on run_comparison (run_id);

create table run_indicator_rank (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    city           varchar(50),
    indicator      varchar(100)  not null,
    scope          varchar(20)   not null,
    rank_value     numeric(20, 6) not null,
    unit           varchar(20)   not null,
    rank_place     integer       not null,
    rank_of        integer       not null,
    rule           varchar(300)  not null
);
create index run_indicator_rank_run on run_indicator_rank (run_id);

create table run_bulletin (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    text           varchar(8000) not null
);
create index run_bulletin_run on run_bulletin (run_id);
