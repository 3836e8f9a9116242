-- Plan amendments (调整): a published plan changes only as a new version with a reason; every version stays
-- readable. The plan row and its county_share rows always hold the current version (allocations lock and
-- check those); plan_version and plan_version_share keep each version as it was.

-- What each county's share is planned for, by use. All four null: the county's share is not broken down
-- by use (plans drawn up before this), and only the plan's own use totals bind its allocations.
alter table county_share
    add column planned_industry       numeric(18,2) check (planned_industry >= 0),
    add column planned_infrastructure numeric(18,2) check (planned_infrastructure >= 0),
    add column planned_employment     numeric(18,2) check (planned_employment >= 0),
    add column planned_other          numeric(18,2) check (planned_other >= 0),
    add constraint county_share_uses_all_or_none check (
        (planned_industry is null and planned_infrastructure is null and planned_employment is null and planned_other is null)
        or (planned_industry is not null and planned_infrastructure is not null and planned_employment is not null and planned_other is not null
            and planned_industry + planned_infrastructure + planned_employment + planned_other = amount));

-- The version the plan row shows: 0 while a draft, 1 as published, +1 per amendment.
alter table funding_plan add column plan_version int not null default 0 check (plan_version >= 0);

create table plan_version (
    plan_id                uuid          not null references funding_plan (id) on delete cascade,
    version_no             int           not null check (version_no >= 1),
    central_amount         numeric(18,2) not null,
    provincial_amount      numeric(18,2) not null,
    city_amount            numeric(18,2) not null,
    county_amount          numeric(18,2) not null,
    planned_industry       numeric(18,2) not null,
    planned_leading        numeric(18,2) not null,
    planned_infrastructure numeric(18,2) not null,
    planned_employment     numeric(18,2) not null,
    planned_other          numeric(18,2) not null,
    -- publication, or the amendment's reason
    kind                   varchar(16)   not null check (kind in ('PUBLICATION', 'AMENDMENT')),
    reason                 varchar(2000),
    -- which rules the version breaks (industry-share-floor, leading-share-floor, negative-list), comma separated
    breaches               varchar(200)  not null default '',
    justification          varchar(2000),
    justified_by           varchar(200),
    justified_at           timestamptz,
    made_by                varchar(200)  not null,
    made_at                timestamptz   not null,
    primary key (plan_id, version_no),
    check (kind = 'PUBLICATION' or reason is not null),
    check (breaches = '' or justification is not null)
);

create table plan_version_share (
    plan_id                uuid          not null,
    version_no             int           not null,
    county_code            varchar(12)   not null,
    amount                 numeric(18,2) not null,
    planned_industry       numeric(18,2),
    planned_infrastructure numeric(18,2),
    planned_employment     numeric(18,2),
    planned_other          numeric(18,2),
    primary key (plan_id, version_no, county_code),
    foreign key (plan_id, version_no) references plan_version (plan_id, version_no) on delete cascade
);
create index plan_version_share_county on plan_version_share (county_code varchar_pattern_ops);

-- Allocations are summed by plan, county and use when checked against the planned use.
create index allocation_plan_county_use on allocation (plan_id, county_code, use_code);

-- Plans published before this migration: their publication is version 1.
update funding_plan set plan_version = 1 where status = 'PUBLISHED';
insert into plan_version (plan_id, version_no, central_amount, provincial_amount, city_amount, county_amount, planned_industry,
                          planned_leading, planned_infrastructure, planned_employment, planned_other, kind, reason, breaches,
                          justification, justified_by, justified_at, made_by, made_at)
select id, 1, central_amount, provincial_amount, city_amount, county_amount, planned_industry, planned_leading,
       planned_infrastructure, planned_employment, planned_other, 'PUBLICATION', null,
       -- not recomputed here: the floors in force are data the migration does not evaluate
       '', justification, justified_by, justified_at, coalesce(published_by, created_by), coalesce(published_at, updated_at)
from funding_plan where status = 'PUBLISHED';
insert into plan_version_share (plan_id, version_no, county_code, amount)
select s.plan_id, 1, s.county_code, s.amount from county_share s join funding_plan p on p.id = s.plan_id where p.status = 'PUBLISHED';
