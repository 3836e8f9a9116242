-- Issue 11: the distribution procedure (village proposes, township reviews, county approves, village publishes;
-- returns with reasons) and corrections as new versions of recorded facts.

-- Every version of a recorded fact, as it read: an ownership confirmation (record_id = asset id), an income
-- inventory (record_id = inventory id) or a distribution. Version 1 is the fact as first recorded; each
-- correction adds the next one with its reason. Rows are never changed (trigger below).
create table record_version (
    kind          varchar(20)   not null check (kind in ('CONFIRMATION', 'INCOME', 'DISTRIBUTION')),
    record_id     uuid          not null,
    version_no    int           not null check (version_no >= 1),
    region_code   varchar(12)   not null,
    content       jsonb         not null,
    reason        varchar(2000),
    returned_by   varchar(200),
    return_reason varchar(2000),
    recorded_by   varchar(200)  not null,
    recorded_tier varchar(10)   not null,
    recorded_at   timestamptz   not null,
    primary key (kind, record_id, version_no),
    check (version_no = 1 or reason is not null)
);

create function record_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'record_version is append-only: a correction is a new version';
end $$;
create trigger record_version_append_only before update or delete on record_version
    for each row execute function record_version_append_only();

alter table income_inventory
    add column version_no  int         not null default 1,
    add column corrected_at timestamptz;

-- Distributions recorded before the procedure were final records: they count as published version 1.
alter table distribution
    add column status                 varchar(20)   not null default 'PUBLISHED'
        check (status in ('PROPOSED', 'TOWNSHIP_REVIEWED', 'RETURNED', 'APPROVED', 'PUBLISHED')),
    add column version_no             int           not null default 1,
    add column row_version            bigint        not null default 0,
    add column recorded_income        numeric(18,2),
    add column income_difference_note varchar(1000),
    add column review_comment         varchar(2000),
    add column reviewed_by            varchar(200),
    add column reviewed_at            timestamptz,
    add column returned_reason        varchar(2000),
    add column returned_by            varchar(200),
    add column returned_tier          varchar(10),
    add column returned_at            timestamptz,
    add column approved_by            varchar(200),
    add column approved_at            timestamptz,
    add column published_by           varchar(200),
    add column published_at           timestamptz,
    add column published_version_no   int;
update distribution set published_version_no = 1, published_by = recorded_by, published_at = recorded_at;
alter table distribution alter column status drop default;

alter table distribution_line add column version_no int not null default 1;
alter table distribution_line drop constraint distribution_line_distribution_id_line_no_key;
alter table distribution_line add constraint distribution_line_version_line unique (distribution_id, version_no, line_no);

create index distribution_public on distribution (period, village_code varchar_pattern_ops) where published_version_no is not null;
