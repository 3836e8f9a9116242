-- funding-service: policy parameters, the project library as learned from events, annual plans,
-- county shares, allocations, disbursements and expenditures. Money is NUMERIC(18,2) yuan.

-- Policy parameters per fiscal year. Every number is data with the document it comes from.
create table policy_year (
    fiscal_year                 int primary key check (fiscal_year between 2000 and 2100),
    industry_share_floor        numeric(7,6) not null check (industry_share_floor between 0 and 1),
    industry_share_floor_source varchar(500) not null,
    leading_share_floor         numeric(7,6) not null check (leading_share_floor between 0 and 1),
    leading_share_floor_source  varchar(500) not null,
    bank_benchmark_rate         numeric(7,6) not null check (bank_benchmark_rate between 0 and 1),
    bank_benchmark_rate_source  varchar(500) not null,
    updated_by                  varchar(200) not null,
    updated_at                  timestamptz  not null,
    version                     bigint       not null default 0
);

-- The negative list (负面清单): detailed purposes linkage funds must never pay for, per year.
create table negative_use (
    fiscal_year     int          not null references policy_year (fiscal_year) on delete cascade,
    code            varchar(64)  not null,
    label           varchar(200) not null,
    source_document varchar(500) not null,
    primary key (fiscal_year, code)
);

-- Defaults from DOMAIN.md section 3 and the bureau's 2024 reply to CPPCC proposal No. 095.
insert into policy_year (fiscal_year, industry_share_floor, industry_share_floor_source, leading_share_floor,
                         leading_share_floor_source, bank_benchmark_rate, bank_benchmark_rate_source, updated_by, updated_at)
select y, 0.65, '新乡市农业农村局对市政协十五届三次会议第095号提案的答复（2024）：衔接资金用于产业发展的占比保持在65%以上',
       0.50, '新乡市农业农村局对市政协十五届三次会议第095号提案的答复（2024）：衔接资金用于特色主导产业全链条发展的资金占产业投入资金的50%以上',
       0.015, '国办函〔2021〕51号；新乡市答复（2024）：产业资产运营收益不低于同期银行基准利率',
       'migration', timestamptz '2024-01-01 00:00:00+08'
from generate_series(2023, 2026) as y;

insert into negative_use (fiscal_year, code, label, source_document)
select y, u.code, u.label, '中央财政衔接推进乡村振兴补助资金管理办法（财农〔2021〕19号）负面清单'
from generate_series(2023, 2026) as y,
     (values ('ADMINISTRATIVE_COSTS', '行政事业单位基本支出（工作经费）'),
             ('VEHICLES', '购置交通工具及通讯设备'),
             ('OFFICE_BUILDINGS', '修建楼堂馆所及党政机关办公用房'),
             ('DEBT_REPAYMENT', '偿还债务和垫资'),
             ('COVERING_LOSSES', '弥补企业亏损')) as u(code, label);

-- Library projects (入库项目) as learned from project-service's ProjectAdmittedV1: only these may be funded.
create table library_project (
    project_id            uuid primary key,
    code                  varchar(60)  not null,
    name                  varchar(200) not null,
    fiscal_year           int          not null,
    region_code           varchar(12)  not null,
    county_code           varchar(12)  not null,
    industry_category     varchar(32)  not null,
    leading_industry      boolean      not null,
    leading_industry_code varchar(64),
    admitted_at           timestamptz  not null,
    last_event_id         varchar(200) not null
);
create index library_project_region on library_project (region_code varchar_pattern_ops);

-- One plan per fiscal year, drawn up and published by the city.
create table funding_plan (
    id                   uuid primary key,
    fiscal_year          int          not null unique,
    region_code          varchar(12)  not null,
    status               varchar(16)  not null,
    central_amount       numeric(18,2) not null check (central_amount >= 0),
    provincial_amount    numeric(18,2) not null check (provincial_amount >= 0),
    city_amount          numeric(18,2) not null check (city_amount >= 0),
    county_amount        numeric(18,2) not null check (county_amount >= 0),
    planned_industry     numeric(18,2) not null check (planned_industry >= 0),
    planned_leading      numeric(18,2) not null check (planned_leading >= 0),
    planned_infrastructure numeric(18,2) not null check (planned_infrastructure >= 0),
    planned_employment   numeric(18,2) not null check (planned_employment >= 0),
    planned_other        numeric(18,2) not null check (planned_other >= 0),
    justification        varchar(2000),
    justified_by         varchar(200),
    justified_at         timestamptz,
    published_by         varchar(200),
    published_at         timestamptz,
    created_by           varchar(200) not null,
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    check (planned_leading <= planned_industry)
);
create index funding_plan_region on funding_plan (region_code varchar_pattern_ops);

-- A county's share of a plan. allocated is kept under a row lock (SELECT ... FOR UPDATE) by every
-- allocation and revocation, so concurrent allocations can never push it past amount.
create table county_share (
    plan_id     uuid          not null references funding_plan (id) on delete cascade,
    county_code varchar(12)   not null,
    amount      numeric(18,2) not null check (amount >= 0),
    allocated   numeric(18,2) not null default 0 check (allocated >= 0),
    primary key (plan_id, county_code),
    check (allocated <= amount)
);
create index county_share_county on county_share (county_code varchar_pattern_ops);

create table allocation (
    id               uuid primary key,
    plan_id          uuid          not null references funding_plan (id),
    fiscal_year      int           not null,
    project_id       uuid          not null references library_project (project_id),
    county_code      varchar(12)   not null,
    region_code      varchar(12)   not null,
    use_code         varchar(32)   not null,
    purpose_code     varchar(64)   not null,
    leading_industry boolean       not null,
    -- amount is what the allocation currently holds; a revocation cuts it to what was already
    -- disbursed and returns the rest (revoked_amount) to the county's headroom.
    original_amount  numeric(18,2) not null check (original_amount > 0),
    amount           numeric(18,2) not null check (amount >= 0),
    disbursed        numeric(18,2) not null default 0 check (disbursed >= 0),
    expended         numeric(18,2) not null default 0 check (expended >= 0),
    status           varchar(16)   not null,
    revoked_amount   numeric(18,2),
    revocation_reason varchar(2000),
    revoked_by       varchar(200),
    revoked_at       timestamptz,
    created_by       varchar(200)  not null,
    created_at       timestamptz   not null,
    version          bigint        not null default 0,
    check (amount <= original_amount),
    check (disbursed <= amount),
    check (expended <= disbursed)
);
create index allocation_region on allocation (region_code varchar_pattern_ops);
create index allocation_year_county on allocation (fiscal_year, county_code);
create index allocation_plan on allocation (plan_id);
create index allocation_project on allocation (project_id);

create table disbursement (
    id            uuid primary key,
    allocation_id uuid          not null references allocation (id),
    amount        numeric(18,2) not null check (amount > 0),
    disbursed_on  date          not null,
    voucher_no    varchar(100),
    recorded_by   varchar(200)  not null,
    recorded_at   timestamptz   not null
);
create index disbursement_allocation on disbursement (allocation_id);

create table expenditure (
    id            uuid primary key,
    allocation_id uuid          not null references allocation (id),
    amount        numeric(18,2) not null check (amount > 0),
    spent_on      date          not null,
    description   varchar(500)  not null,
    recorded_by   varchar(200)  not null,
    recorded_at   timestamptz   not null
);
create index expenditure_allocation on expenditure (allocation_id);
