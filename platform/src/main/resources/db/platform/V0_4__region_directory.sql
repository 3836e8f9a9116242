-- The division directory (区划): every service keeps its own copy. project-service owns it (city
-- users upload a new list: preview, then apply); the other services apply its agri.region events.
-- At start each service loads the packaged official list (regions/xinxiang-official.csv) into it,
-- adding only codes it lacks; sample villages only when agri.regions.sample-data.enabled=true.
create table region (
    code            varchar(12)  primary key,
    name            varchar(200) not null,
    parent_code     varchar(12),
    tier            varchar(10)  not null,
    -- development zones: statistical county-level units that are not administrative counties
    functional_zone boolean      not null default false,
    sample          boolean      not null default false,
    pinyin          varchar(800) not null,
    initials        varchar(200) not null,
    -- set when the code left the official list: no new record may name it, old ones keep its name
    retired_on      date,
    successor_code  varchar(12),
    -- the owner's directory revision of the last change to this row (0 = from the packaged file)
    revision        bigint       not null default 0,
    updated_at      timestamptz  not null default now()
);
create index region_parent on region (parent_code, code);

-- Every change applied to a region, oldest first: the names a code had, when and by which upload.
create table region_change (
    id             bigserial    primary key,
    code           varchar(12)  not null,
    change         varchar(10)  not null,
    name           varchar(200) not null,
    previous_name  varchar(200),
    successor_code varchar(12),
    effective_on   date,
    revision       bigint       not null,
    upload_id      uuid,
    changed_by     varchar(200) not null,
    changed_at     timestamptz  not null
);
create index region_change_code on region_change (code, id);

-- One row. version goes up with every change, so each replica's in-memory copy notices it; in
-- project-service it is also the revision its events carry.
create table region_directory (
    id                   smallint    primary key check (id = 1),
    version              bigint      not null,
    official_file_sha256 varchar(64),
    official_loaded_at   timestamptz
);
insert into region_directory (id, version) values (1, 0);
