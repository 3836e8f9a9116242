-- Read models for the events added after V2: project results, the asset register (agri.asset) and
-- disbursement/expenditure of linkage funds. Each is an upsert keyed by the source's id.

-- Actual results per farmer-linking mechanism and year (ProjectResultsReportedV1); a later report of the
-- same project and year replaces the earlier one.
create table observed_mechanism_result (
    project_id                uuid          not null,
    year                      int           not null,
    mechanism_type            varchar(40)   not null,
    county_code               varchar(12)   not null,
    linked_poverty_alleviated int           not null,
    linked_monitored          int           not null,
    linked_other              int           not null,
    income_received           numeric(18, 2) not null,
    reported_at               timestamptz   not null,
    primary key (project_id, year, mechanism_type)
);
create index observed_mechanism_result_county_year on observed_mechanism_result (county_code varchar_pattern_ops, year);

-- The asset register (AssetRegisteredV1, AssetConfirmedV1, AssetDisposedV1); dates are business dates (Asia/Shanghai).
create table observed_asset (
    asset_id          uuid          primary key,
    name              varchar(200),
    asset_class       varchar(32)   not null,
    value             numeric(18, 2) not null,
    region_code       varchar(12)   not null,
    county_code       varchar(12)   not null,
    source_project_id uuid,
    registered_via    varchar(16),
    registered_on     date,
    confirmed_on      date,
    owner_type        varchar(32),
    disposed_on       date
);
create index observed_asset_county on observed_asset (county_code varchar_pattern_ops);
create index observed_asset_project on observed_asset (source_project_id);

-- Half-yearly income inventories of operating assets (AssetIncomeRecordedV1).
create table observed_asset_income (
    asset_id          uuid          not null,
    period            varchar(6)    not null,
    year              int           not null,
    region_code       varchar(12)   not null,
    county_code       varchar(12)   not null,
    income            numeric(18, 2) not null,
    asset_value       numeric(18, 2) not null,
    annualised_return numeric(12, 6) not null,
    benchmark_rate    numeric(12, 6) not null,
    below_benchmark   boolean       not null,
    recorded_on       date          not null,
    primary key (asset_id, period)
);
create index observed_asset_income_county_year on observed_asset_income (county_code varchar_pattern_ops, year);

-- Distributions of village collective industry income (DistributionRecordedV1).
create table observed_distribution (
    distribution_id uuid          primary key,
    village_code    varchar(12)   not null,
    county_code     varchar(12)   not null,
    period          varchar(6)    not null,
    year            int           not null,
    income          numeric(18, 2) not null,
    target_amount   numeric(18, 2) not null,
    households_paid int           not null,
    recorded_on     date          not null
);
create index observed_distribution_county_year on observed_distribution (county_code varchar_pattern_ops, year);

-- Disbursements and expenditures of allocations (DisbursementMadeV1, ExpenditureRecordedV1).
create table observed_disbursement (
    disbursement_id uuid          primary key,
    allocation_id   uuid          not null,
    project_id      uuid          not null,
    fiscal_year     int           not null,
    county_code     varchar(12)   not null,
    amount          numeric(18, 2) not null,
    disbursed_on    date          not null
);
create index observed_disbursement_allocation on observed_disbursement (allocation_id);

create table observed_expenditure (
    expenditure_id  uuid          primary key,
    allocation_id   uuid          not null,
    project_id      uuid          not null,
    fiscal_year     int           not null,
    county_code     varchar(12)   not null,
    amount          numeric(18, 2) not null,
    spent_on        date          not null
);
create index observed_expenditure_allocation on observed_expenditure (allocation_id);

-- Policy numbers the indicators need that no event carries. The inventory deadline is asset-service's
-- per-year parameter (days after the half-year ends); this copy must be kept equal to it by the city bureau.
create table evaluation_parameter (
    fiscal_year     int           not null,
    code            varchar(40)   not null,
    value           numeric(12, 4) not null,
    source_document varchar(500)  not null,
    primary key (fiscal_year, code)
);
insert into evaluation_parameter (fiscal_year, code, value, source_document)
select y.fy, 'INVENTORY_DEADLINE_DAYS', 30, '每半年开展一次收益集中盘点（第095号答复）；盘点截止为半年期结束后30天，系本系统默认值（与asset-service相同），由市局按年调整'
from (values (2024), (2025), (2026)) as y(fy);

-- The seeded data sources named events "not yet published"; they are consumed now. Only seeded texts are
-- replaced: a data source a city user edited stays as it is.
update indicator_definition set data_source = 'observed_project + observed_mechanism (project.admitted.v1) + observed_mechanism_result (project.results-reported.v1)'
 where code = 'WORKING_MECHANISMS_SHARE' and data_source like '%not yet published%';
update indicator_definition set data_source = 'observed_mechanism planned counts (project.admitted.v1); actual: observed_mechanism_result (project.results-reported.v1)'
 where code = 'LINKED_HOUSEHOLDS' and data_source like '%not yet published%';
update indicator_definition set data_source = 'observed_mechanism expected income (project.admitted.v1); actual: observed_mechanism_result incomeReceived (project.results-reported.v1)'
 where code = 'INCOME_INCREASE' and data_source like '%not yet published%';
update indicator_definition set data_source = 'observed_asset_income (asset.income-recorded.v1: belowBenchmark against the year''s benchmark rate)'
 where code = 'ASSET_RETURN_BENCHMARK' and data_source like '%not yet published%';
update indicator_definition set data_source = 'observed_distribution (asset.distribution-recorded.v1: targetAmount / income)'
 where code = 'DISTRIBUTION_SHARE' and data_source like '%not yet published%';
update indicator_definition set data_source = 'observed_asset (asset.registered.v1) + observed_asset_income (asset.income-recorded.v1) + evaluation_parameter INVENTORY_DEADLINE_DAYS'
 where code = 'INVENTORY_COMPLETION' and data_source like '%not yet published%';
update indicator_definition set data_source = 'observed_allocation (funding.allocation-made.v1/-revoked.v1) + observed_expenditure (funding.expenditure-recorded.v1); observed_disbursement shown'
 where code = 'FUND_EXECUTION_RATE' and data_source like '%not yet published%';
update indicator_definition set data_source = 'observed_asset (asset.registered.v1, asset.confirmed.v1)'
 where code = 'CONFIRMATION_COMPLETION' and data_source like '%not yet published%';
