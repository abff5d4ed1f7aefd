-- Every evaluation run with its inputs and conclusions. Portable SQL: H2 by default, PostgreSQL in production.
create sequence evaluation_run_seq start with 1 increment by 1;
create sequence run_row_seq start with 1 increment by 500;

create table evaluation_run (
    id             bigint        primary key,
    period_label   varchar(32)   not null,
    period_year    integer       not null,
    first_month    integer       not null,
    last_month     integer       not null,
    source         varchar(500)  not null,
    ruleset_hash   varchar(64)   not null,
    created_at     timestamp with time zone not null,
    figure_count   integer       not null,
    result_count   integer       not null,
    failed_count   integer       not null
);

create table run_figure (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    line_no        integer       not null,
    subject        varchar(100)  not null,
    indicator      varchar(100)  not null,
    figure_value   numeric(20, 6) not null,
    previous_value numeric(20, 6),
    note           varchar(500)
);
create index run_figure_run on run_figure (run_id);

create table run_result (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    city           varchar(50),
    indicator      varchar(100)  not null,
    unit           varchar(20)   not null,
    actual         numeric(20, 6) not null,
    actual_source  varchar(300)  not null,
    target         numeric(20, 6) not null,
    basis          varchar(10)   not null,
    passed         boolean       not null,
    gap            numeric(20, 6) not null,
    weight         numeric(10, 2),
    score          numeric(10, 2),
    target_rule    varchar(300)  not null,
    judged_by      varchar(300)  not null,
    scored_by      varchar(300)
);
create index run_result_run on run_result (run_id);

create table run_standing (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    city           varchar(50),
    total          numeric(10, 2) not null,
    rank_in_city   integer       not null,
    city_size      integer       not null,
    rule           varchar(300)  not null
);
create index run_standing_run on run_standing (run_id);

create table run_rectification (
    id             bigint        primary key,
    run_id         bigint        not null references evaluation_run (id),
    subject        varchar(100)  not null,
    indicator      varchar(100)  not null,
    text           varchar(1000) not null,
    rule           varchar(300)  not null
);
create index run_rectification_run on run_rectification (run_id);
