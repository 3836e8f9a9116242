-- Policy numbers are data: one row per key and year, with the document each comes from.
create table policy_parameter (
    param_key  varchar(60)   not null,
    year       int           not null,
    value      numeric(18,6) not null,
    source     varchar(500)  not null,
    primary key (param_key, year)
);
insert into policy_parameter (param_key, year, value, source)
select k.param_key, y.year, k.value, k.source
from (values
    ('BENCHMARK_RATE', 0.015, '新乡市农业农村局对市政协提案第095号的答复（2024）：产业资产运营收益不低于同期银行基准利率；默认1.5%，以当年公布利率为准'),
    ('TARGET_SHARE_MIN', 0.70, '新乡市农业农村局对市政协提案第095号的答复（2024）：村集体产业收益70%以上用于脱贫群众和监测对象差异化分配'),
    ('INVENTORY_DEADLINE_DAYS', 30, '每半年开展一次收益集中盘点（第095号答复）；盘点截止为半年期结束后30天，系本系统默认值，由市局按年调整')
) as k(param_key, value, source)
cross join generate_series(2020, 2030) as y(year);

create table asset (
    id                   uuid primary key,
    name                 varchar(200)  not null,
    asset_class          varchar(20)   not null,
    value                numeric(18,2) not null check (value >= 0),
    region_code          varchar(12)   not null,
    household_id         uuid,
    source_project_id    uuid,
    source_project_code  varchar(40),
    source_project_name  varchar(200),
    asset_ref            varchar(100),
    registered_via       varchar(10)   not null,
    in_service_on        date          not null,
    funding_linkage      numeric(18,2),
    funding_other_fiscal numeric(18,2),
    funding_self_raised  numeric(18,2),
    funding_credit       numeric(18,2),
    operating_mode       varchar(20),
    contract_counterparty varchar(200),
    contract_start       date,
    contract_end         date,
    contract_annual_rent numeric(18,2),
    status               varchar(20)   not null,
    owner_type           varchar(30),
    owner_name           varchar(200),
    owner_region_code    varchar(12),
    owner_household_id   uuid,
    ownership_nature     varchar(20),
    confirmed_at         timestamptz,
    confirmed_by         varchar(200),
    current_batch        varchar(20),
    disposed_at          timestamptz,
    created_by           varchar(200)  not null,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0
);
-- The takeover key: an accepted project's asset is created once, however often the event arrives.
create unique index asset_project_ref on asset (source_project_id, asset_ref) where source_project_id is not null;
create index asset_region on asset (region_code varchar_pattern_ops);
create index asset_status_region on asset (status, region_code varchar_pattern_ops);
create index asset_class_region on asset (asset_class, region_code varchar_pattern_ops);

-- Current responsible unit and person per tier; the history is custody_entry.
create table custody_position (
    asset_id    uuid         not null references asset (id),
    tier        varchar(10)  not null,
    region_code varchar(12)  not null,
    unit_name   varchar(200) not null,
    person_name varchar(100) not null,
    since       timestamptz  not null,
    primary key (asset_id, tier)
);
create index custody_position_region on custody_position (region_code varchar_pattern_ops);

create table custody_handover (
    id              uuid primary key,
    seq             bigint generated always as identity,
    asset_id        uuid         not null references asset (id),
    tier            varchar(10)  not null,
    region_code     varchar(12)  not null,
    from_unit       varchar(200) not null,
    from_person     varchar(100) not null,
    to_unit         varchar(200) not null,
    to_person       varchar(100) not null,
    to_subject      varchar(200) not null,
    note            varchar(1000),
    status          varchar(10)  not null,
    proposed_by     varchar(200) not null,
    proposed_at     timestamptz  not null,
    decided_by      varchar(200),
    decided_at      timestamptz,
    refusal_reason  varchar(1000),
    version         bigint       not null default 0
);
-- At most one open handover per asset and tier.
create unique index custody_handover_open on custody_handover (asset_id, tier) where status = 'PROPOSED';
create index custody_handover_to on custody_handover (to_subject, status);
create index custody_handover_asset on custody_handover (asset_id);

-- Append-only and hash-chained per asset: hash = sha256(prev_hash || canonical entry).
create table custody_entry (
    id           bigserial primary key,
    asset_id     uuid         not null references asset (id),
    seq          int          not null,
    kind         varchar(20)  not null,
    tier         varchar(10)  not null,
    region_code  varchar(12)  not null,
    unit_name    varchar(200) not null,
    person_name  varchar(100) not null,
    handover_id  uuid,
    actor        varchar(200) not null,
    note         varchar(1000),
    occurred_at  timestamptz  not null,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null,
    unique (asset_id, seq)
);
-- The application never updates or deletes history; the database refuses it too. Someone with DDL
-- rights can still get round this, which is what the hash chain is there to reveal.
create function custody_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'custody_entry is append-only';
end $$;
create trigger custody_entry_no_update before update or delete on custody_entry
    for each row execute function custody_entry_append_only();

create table income_inventory (
    id                uuid primary key,
    asset_id          uuid          not null references asset (id),
    region_code       varchar(12)   not null,
    period            varchar(6)    not null,
    income            numeric(18,2) not null check (income >= 0),
    asset_value       numeric(18,2) not null,
    annualised_return numeric(12,6) not null,
    benchmark_rate    numeric(12,6) not null,
    below_benchmark   boolean       not null,
    note              varchar(1000),
    recorded_by       varchar(200)  not null,
    recorded_at       timestamptz   not null,
    unique (asset_id, period)
);
create index income_inventory_region on income_inventory (period, region_code varchar_pattern_ops);

create table batch_decision (
    id              uuid primary key,
    -- insertion order: decisions taken in the same instant still list in the order they were made
    seq             bigint generated always as identity,
    asset_id        uuid          not null references asset (id),
    region_code     varchar(12)   not null,
    proposed_batch  varchar(20),
    proposal_reason varchar(1000) not null,
    batch           varchar(20)   not null,
    measures        varchar(2000) not null,
    reasons         varchar(2000) not null,
    decided_by      varchar(200)  not null,
    decided_at      timestamptz   not null
);
create index batch_decision_asset on batch_decision (asset_id, decided_at);

-- Copy of project-service's household roster, for distributions.
create table household (
    id                    uuid primary key,
    national_household_no varchar(40)  not null,
    village_code          varchar(12)  not null,
    head_name             varchar(100) not null,
    category              varchar(30)  not null,
    labour_capacity       boolean      not null,
    on_roster             boolean      not null,
    left_roster_at        timestamptz,
    changed_at            timestamptz  not null
);
create index household_village on household (village_code varchar_pattern_ops);

create table distribution (
    id                   uuid primary key,
    village_code         varchar(12)   not null,
    period               varchar(6)    not null,
    income               numeric(18,2) not null,
    target_amount        numeric(18,2) not null,
    target_share         numeric(9,6)  not null,
    min_target_share     numeric(9,6)  not null,
    work_pay_amount      numeric(18,2) not null,
    guarantee_amount     numeric(18,2) not null,
    permitted_use_amount numeric(18,2) not null,
    recorded_by          varchar(200)  not null,
    recorded_at          timestamptz   not null,
    unique (village_code, period)
);
create index distribution_village on distribution (village_code varchar_pattern_ops, period);

create table distribution_line (
    id               uuid primary key,
    distribution_id  uuid          not null references distribution (id),
    line_no          int           not null,
    kind             varchar(20)   not null,
    household_id     uuid,
    use_code         varchar(40),
    amount           numeric(18,2) not null check (amount > 0),
    work_description varchar(500),
    work_days        numeric(6,1),
    note             varchar(500),
    unique (distribution_id, line_no)
);
create index distribution_line_household on distribution_line (household_id);

create table disposal (
    id            uuid primary key,
    asset_id      uuid          not null unique references asset (id),
    region_code   varchar(12)   not null,
    method        varchar(20)   not null,
    reason        varchar(2000) not null,
    decision_body varchar(200)  not null,
    decision_ref  varchar(100)  not null,
    decided_on    date          not null,
    proceeds      numeric(18,2) not null check (proceeds >= 0),
    proceeds_to   varchar(200)  not null,
    recorded_by   varchar(200)  not null,
    recorded_at   timestamptz   not null
);
create index disposal_region on disposal (region_code varchar_pattern_ops);
