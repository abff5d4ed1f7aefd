-- Every ruleset an evaluation ran under, with its files, so a stored run can always be traced to its exact rules.
create table ruleset_version (
    hash        varchar(64)   primary key,
    first_used  timestamp with time zone not null,
    file_count  integer       not null,
    rule_count  integer       not null
);

create table ruleset_file (
    id          bigint        primary key,
    hash        varchar(64)   not null references ruleset_version (hash),
    path        varchar(300)  not null,
    content     text          not null,
    constraint ruleset_file_path unique (hash, path)
);
