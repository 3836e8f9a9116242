-- What evaluation-service knows of projects, built only from project-service's events.
create table observed_project (
    project_id        uuid primary key,
    code              varchar(40)  not null,
    name              varchar(200) not null,
    fiscal_year       int          not null,
    region_code       varchar(12)  not null,
    industry_category varchar(32)  not null,
    status            varchar(32)  not null,
    last_event_id     varchar(200) not null,
    last_event_type   varchar(200) not null,
    last_event_at     timestamptz  not null,
    events_applied    int          not null default 0
);
create index observed_project_region on observed_project (region_code varchar_pattern_ops);
create index observed_project_year on observed_project (fiscal_year);
