-- A published evaluation is never edited: when a later version of the same subject and year is published
-- it is marked SUPERSEDED (by which version, when); its score and evidence stay as they were.
alter table evaluation drop constraint evaluation_status_check;
alter table evaluation add constraint evaluation_status_check check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED'));
alter table evaluation
    -- sha-256 of the evidence as computed (everything the score was computed from), to compare a recomputation with
    add column inputs_fingerprint varchar(64),
    add column coverage_percent   numeric(5, 2),
    add column superseded_by      uuid,
    add column superseded_at      timestamptz,
    -- an input the evaluation read changed after publication: check it (POST /verification)
    add column stale_since        timestamptz,
    add column stale_reason       varchar(500);

-- What each evaluation read, by source (a read-model table, "policy:<key>", "framework"), year and region
-- prefix. A change of a read model names the same three, and marks the dependent published evaluations stale.
create table evaluation_dependency (
    evaluation_id uuid         not null references evaluation (id),
    source        varchar(100) not null,
    fiscal_year   int          not null,
    region_prefix varchar(12)  not null,
    primary key (evaluation_id, source)
);
create index evaluation_dependency_source on evaluation_dependency (source, fiscal_year);
