create sequence project_code_seq;

create table project (
    id                uuid primary key,
    code              varchar(40)  not null unique,
    name              varchar(200) not null,
    fiscal_year       int          not null,
    region_code       varchar(12)  not null,
    industry_category varchar(32)  not null,
    status            varchar(32)  not null,
    created_by        varchar(200) not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);
-- Region-scoped queries filter with region_code LIKE '<prefix>%'.
create index project_region on project (region_code varchar_pattern_ops);
create index project_year_status on project (fiscal_year, status);
