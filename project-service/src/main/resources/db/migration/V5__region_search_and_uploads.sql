-- project-service owns the division directory (the region table comes from the platform migration
-- V0_4): search by name, pinyin, initials or code, and the uploads city users preview and apply.

-- Name search is a substring match (东屯 finds 东屯镇 and 东屯村村民委员会): a trigram index serves
-- patterns of three or more characters; shorter ones scan the ~4,000 rows, which is still quick.
create extension if not exists pg_trgm;
create index region_name_trgm on region using gin (name gin_trgm_ops);
-- Pinyin, initials and code searches are prefix matches (dongtun..., dtc..., 410726...).
create index region_pinyin_prefix on region (pinyin varchar_pattern_ops);
create index region_initials_prefix on region (initials varchar_pattern_ops);
create index region_code_prefix on region (code varchar_pattern_ops);

-- An uploaded list and its difference to the directory, as previewed. Applying it changes exactly
-- these rows, and only while the directory is still at base_version.
create table region_upload (
    id            uuid         primary key,
    uploaded_by   varchar(200) not null,
    uploaded_at   timestamptz  not null,
    file_name     varchar(200),
    file_sha256   varchar(64)  not null,
    row_count     int          not null,
    base_version  bigint       not null,
    token         varchar(64)  not null,
    status        varchar(12)  not null,
    added         int          not null,
    renamed       int          not null,
    moved         int          not null,
    retired       int          not null,
    restored      int          not null,
    unchanged     int          not null,
    applied_by    varchar(200),
    applied_at    timestamptz,
    revision      bigint
);
create index region_upload_uploaded on region_upload (uploaded_at desc);

create table region_upload_change (
    upload_id     uuid         not null references region_upload (id),
    seq           int          not null,
    kind          varchar(10)  not null,
    code          varchar(12)  not null,
    name          varchar(200) not null,
    previous_name varchar(200),
    parent_code   varchar(12),
    tier          varchar(10)  not null,
    -- MOVED: the old code the region leaves (retired with this code as successor)
    from_code     varchar(12),
    primary key (upload_id, seq)
);
create index region_upload_change_kind on region_upload_change (upload_id, kind, seq);
