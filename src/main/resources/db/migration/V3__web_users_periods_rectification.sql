-- The officials' application: users, the audit log, periods with versioned imports, and the rectification workflow.
create sequence app_row_seq start with 1 increment by 50;

create table app_user (
    id                   bigint        primary key,
    username             varchar(50)   not null unique,
    display_name         varchar(100)  not null,
    password_hash        varchar(200)  not null,
    roles                varchar(200)  not null,
    must_change_password boolean       not null,
    enabled              boolean       not null,
    created_at           timestamp with time zone not null
);

create table audit_event (
    id          bigint        primary key,
    at          timestamp with time zone not null,
    username    varchar(50)   not null,
    action      varchar(50)   not null,
    detail      varchar(2000) not null
);
create index audit_event_at on audit_event (at);

create table assessment_period (
    id            bigint        primary key,
    label         varchar(32)   not null unique,
    period_year   integer       not null,
    first_month   integer       not null,
    last_month    integer       not null,
    state         varchar(20)   not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(50)   not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(50)   not null,
    published_at  timestamp with time zone,
    published_by  varchar(50)
);

create table figure_import (
    id            bigint        primary key,
    period_id     bigint        not null references assessment_period (id),
    version       integer       not null,
    source        varchar(500)  not null,
    imported_at   timestamp with time zone not null,
    imported_by   varchar(50)   not null,
    figure_count  integer       not null,
    active        boolean       not null,
    constraint figure_import_version unique (period_id, version)
);

create table imported_figure (
    id             bigint        primary key,
    import_id      bigint        not null references figure_import (id),
    line_no        integer       not null,
    subject        varchar(100)  not null,
    indicator      varchar(100)  not null,
    figure_value   numeric(20, 6) not null,
    previous_value numeric(20, 6),
    note           varchar(500)
);
create index imported_figure_import on imported_figure (import_id);

alter table evaluation_run add column period_id bigint references assessment_period (id);
alter table evaluation_run add column import_id bigint references figure_import (id);
alter table evaluation_run add column created_by varchar(50);

create table rectification_item (
    id             bigint        primary key,
    subject        varchar(100)  not null,
    indicator      varchar(100)  not null,
    period_id      bigint        not null references assessment_period (id),
    run_id         bigint        not null references evaluation_run (id),
    text           varchar(1000) not null,
    status         varchar(10)   not null,
    deadline       date,
    note           varchar(1000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(50)   not null,
    closed_reason  varchar(300)
);
create index rectification_item_subject on rectification_item (subject, indicator);

create table rectification_event (
    id          bigint        primary key,
    item_id     bigint        not null references rectification_item (id),
    at          timestamp with time zone not null,
    username    varchar(50)   not null,
    status      varchar(10)   not null,
    note        varchar(1000)
);
create index rectification_event_item on rectification_event (item_id);

alter table run_result add column annual_target numeric(20, 6);
alter table run_result add column prorated_by varchar(300);
alter table run_result add column statement varchar(300);
