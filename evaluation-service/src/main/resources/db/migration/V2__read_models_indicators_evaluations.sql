-- Read models: built only from events through the inbox, and rebuildable from the topics.

-- observed_project grows with what the library-entry and acceptance events carry.
alter table observed_project
    add column county_code              varchar(12),
    add column leading_industry         boolean,
    add column total_investment         numeric(18, 2),
    add column linkage_funds_requested  numeric(18, 2),
    add column admitted_at              timestamptz,
    add column accepted_at              timestamptz;
create index observed_project_county_year on observed_project (county_code, fiscal_year);

-- Farmer-linking mechanisms as planned at library entry (ProjectAdmittedV1). Actual linked households
-- and income per mechanism will come from a results event project-service does not publish yet.
create table observed_mechanism (
    project_id                    uuid          not null references observed_project (project_id) on delete cascade,
    mechanism_type                varchar(40)   not null,
    planned_poverty_alleviated    int           not null,
    planned_monitored             int           not null,
    planned_other                 int           not null,
    expected_income_per_household numeric(18, 2),
    primary key (project_id, mechanism_type)
);

-- Assets a project formed, as listed at acceptance (ProjectAcceptedV1).
create table observed_formed_asset (
    project_id           uuid          not null references observed_project (project_id) on delete cascade,
    asset_ref            varchar(100)  not null,
    name                 varchar(200)  not null,
    asset_class          varchar(32)   not null,
    value                numeric(18, 2) not null,
    location_region_code varchar(12)   not null,
    primary key (project_id, asset_ref)
);
create index observed_formed_asset_region on observed_formed_asset (location_region_code varchar_pattern_ops);

-- The household roster (HouseholdChangedV1); no personal ID number ever reaches this service.
create table observed_household (
    household_id          varchar(64)  primary key,
    national_household_no varchar(64),
    village_code          varchar(12)  not null,
    category              varchar(32)  not null,
    labour_capacity       boolean      not null,
    on_roster             boolean      not null,
    changed_at            timestamptz  not null
);
create index observed_household_village on observed_household (village_code varchar_pattern_ops);

-- Linkage-fund allocations (AllocationMadeV1 / AllocationRevokedV1).
create table observed_allocation (
    allocation_id    uuid          primary key,
    plan_id          varchar(64),
    fiscal_year      int           not null,
    project_id       uuid          not null,
    county_code      varchar(12)   not null,
    fund_use         varchar(32)   not null,
    amount           numeric(18, 2) not null,
    leading_industry boolean       not null,
    allocated_at     timestamptz   not null,
    revoked          boolean       not null default false,
    revoked_reason   varchar(500),
    revoked_at       timestamptz
);
create index observed_allocation_county_year on observed_allocation (county_code varchar_pattern_ops, fiscal_year);
create index observed_allocation_project on observed_allocation (project_id);

-- Indicator framework per year, maintained by city users. Targets and weights are policy DATA.
create table indicator_definition (
    id              bigserial     primary key,
    fiscal_year     int           not null,
    code            varchar(40)   not null,
    name            varchar(100)  not null,
    definition      varchar(1000) not null,
    data_source     varchar(500)  not null,
    unit            varchar(20)   not null,
    target          numeric(12, 2) not null check (target >= 0),
    weight          numeric(6, 2) not null check (weight >= 0 and weight <= 100),
    direction       varchar(20)   not null check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    source_document varchar(500)  not null,
    version         bigint        not null default 0,
    unique (fiscal_year, code)
);

create table grade_bound (
    fiscal_year     int           not null,
    grade           varchar(10)   not null,
    label           varchar(10)   not null,
    min_score       numeric(5, 2) not null,
    source_document varchar(500)  not null,
    primary key (fiscal_year, grade)
);

-- Seed: the built-in indicators for 2024-2026. The 65% / 50% / 70% targets and the grade bounds are
-- from DOMAIN.md (seed document); the other targets (100%: full completion) and every weight are this
-- system's defaults until the city bureau sets its own, and say so in source_document.
insert into indicator_definition (fiscal_year, code, name, definition, data_source, unit, target, weight, direction, source_document)
select y.fy, d.code, d.name, d.definition, d.data_source, '%', d.target, d.weight, 'HIGHER_IS_BETTER', d.source_document
from (values (2024), (2025), (2026)) as y(fy)
cross join (values
  ('INDUSTRY_FUND_SHARE', '产业发展资金占比',
   'Linkage funds allocated for industry development as a share of all linkage funds allocated (revoked allocations excluded).',
   'observed_allocation (funding.allocation-made.v1, funding.allocation-revoked.v1)', 65.00, 10.00,
   '新乡市农业农村局对市政协第095号提案的答复(2024): 产业发展资金占比不低于65%'),
  ('LEADING_INDUSTRY_SHARE', '主导产业资金占比',
   'Industry-development funds allocated to projects of the county''s leading industries as a share of all industry-development funds.',
   'observed_allocation (funding.allocation-made.v1 leadingIndustry, funding.allocation-revoked.v1)', 50.00, 10.00,
   '新乡市农业农村局对市政协第095号提案的答复(2024): 主导产业全链条资金占比不低于50%'),
  ('WORKING_MECHANISMS_SHARE', '两种以上联农带农方式运转项目占比',
   'Library projects with at least 2 working mechanisms (linked households and income recorded) as a share of library projects.',
   'observed_project + observed_mechanism (project.admitted.v1); actual results per mechanism: project linked-household results event (not yet published)', 100.00, 15.00,
   'DOMAIN.md §1/§4; target and weight: system default pending city decision'),
  ('LINKED_HOUSEHOLDS', '联结脱贫户和监测对象户数完成率',
   'Poverty-alleviated and monitored households actually linked as a share of those planned at library entry.',
   'observed_mechanism planned counts (project.admitted.v1); actual: project linked-household results event (not yet published)', 100.00, 15.00,
   'DOMAIN.md §4; target and weight: system default pending city decision'),
  ('INCOME_INCREASE', '联结户增收完成率',
   'Income actually received by linked households as a share of the income expected at library entry.',
   'observed_mechanism expected income (project.admitted.v1); actual: project linked-household results event (not yet published)', 100.00, 10.00,
   'DOMAIN.md §4; target and weight: system default pending city decision'),
  ('ASSET_RETURN_BENCHMARK', '经营性资产收益达标率',
   'Operating assets whose annual return on value is at or above the bank benchmark rate, as a share of operating assets inventoried.',
   'asset income inventory event with benchmark (not yet published)', 100.00, 10.00,
   'DOMAIN.md §2/§4; target and weight: system default pending city decision'),
  ('DISTRIBUTION_SHARE', '收益分配到脱贫户监测户占比',
   'Distributed village collective industry income paid to poverty-alleviated and monitored households, as a share of income distributed.',
   'asset income distribution event (not yet published)', 70.00, 10.00,
   'DOMAIN.md §2 (不低于70%); weight: system default pending city decision'),
  ('INVENTORY_COMPLETION', '半年收益盘点完成率',
   'Operating assets whose half-year income inventory was done by the deadline, as a share of operating assets due.',
   'asset income inventory event (not yet published)', 100.00, 5.00,
   'DOMAIN.md §2/§4; target and weight: system default pending city decision'),
  ('FUND_EXECUTION_RATE', '资金执行率',
   'Linkage funds spent as a share of linkage funds allocated.',
   'observed_allocation (funding.allocation-made.v1); spent: funding expenditure event (not yet published)', 100.00, 10.00,
   'DOMAIN.md §3/§4; target and weight: system default pending city decision'),
  ('CONFIRMATION_COMPLETION', '资产确权登记完成率',
   'Assets formed by accepted projects whose ownership is confirmed, as a share of assets formed.',
   'observed_formed_asset (project.accepted.v1); confirmed: asset confirmation event (not yet published)', 100.00, 5.00,
   'DOMAIN.md §2 (应确尽确、应登尽登); target and weight: system default pending city decision')
) as d(code, name, definition, data_source, target, weight, source_document);

insert into grade_bound (fiscal_year, grade, label, min_score, source_document)
select y.fy, g.grade, g.label, g.min_score, 'DOMAIN.md §4: 优≥90, 良80–89, 中60–79, 差<60'
from (values (2024), (2025), (2026)) as y(fy)
cross join (values ('EXCELLENT', '优', 90.00), ('GOOD', '良', 80.00), ('FAIR', '中', 60.00), ('POOR', '差', 0.00)) as g(grade, label, min_score);

-- Evaluations: one row per version; a published version is never updated.
create table evaluation (
    id             uuid          primary key,
    subject_type   varchar(10)   not null check (subject_type in ('PROJECT', 'COUNTY', 'CITY')),
    subject_id     varchar(64)   not null,
    subject_name   varchar(200)  not null,
    region_code    varchar(12)   not null,
    fiscal_year    int           not null,
    version_no     int           not null,
    status         varchar(12)   not null check (status in ('DRAFT', 'PUBLISHED')),
    score          numeric(5, 2),
    grade          varchar(10),
    evidence       jsonb         not null,
    differences    jsonb,
    previous_id    uuid,
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null,
    published_at   timestamptz,
    published_by   varchar(100),
    version        bigint        not null default 0,
    unique (subject_type, subject_id, fiscal_year, version_no)
);
create index evaluation_region on evaluation (region_code varchar_pattern_ops, fiscal_year);
create index evaluation_year_type on evaluation (fiscal_year, subject_type, status);
-- at most one open draft per subject and year
create unique index evaluation_one_draft on evaluation (subject_type, subject_id, fiscal_year) where status = 'DRAFT';
