-- Full project record: investment by source, leading-industry link, notice window, completion.
alter table project
    add column leading_industry_code varchar(40),
    add column inv_linkage_funds  numeric(18,2) not null default 0,
    add column inv_other_fiscal   numeric(18,2) not null default 0,
    add column inv_self_raised    numeric(18,2) not null default 0,
    add column inv_credit         numeric(18,2) not null default 0,
    add column inv_total          numeric(18,2) not null default 0,
    add column county_code        varchar(12),
    add column description        varchar(2000),
    add column notice_started_on  date,
    add column notice_ends_on     date,
    add column admitted_at        timestamptz,
    add column started_at         timestamptz,
    add column started_by_allocation varchar(100),
    add column completed_on       date,
    add column accepted_at        timestamptz;
update project set county_code = substring(region_code, 1, 6) || '000000' where county_code is null;
alter table project alter column county_code set not null;

create index project_category on project (industry_category);
create index project_leading on project (leading_industry_code) where leading_industry_code is not null;
create index project_status on project (status);
create index project_created on project (created_at desc, id);

-- Participants in distinct roles ("leading enterprise + base + cooperative + farming households + finance").
create table project_participant (
    project_id   uuid         not null references project (id) on delete cascade,
    position     int          not null,
    role         varchar(32)  not null,
    entity_type  varchar(32)  not null,
    name         varchar(200) not null,
    credit_code  varchar(18),
    primary key (project_id, position)
);
create index project_participant_code on project_participant (credit_code);

-- Farmer-linking mechanisms with planned households and expected income per household per year.
create table project_mechanism (
    project_id                   uuid          not null references project (id) on delete cascade,
    position                     int           not null,
    type                         varchar(32)   not null,
    planned_poverty_alleviated   int           not null,
    planned_monitored            int           not null,
    planned_other                int           not null,
    expected_income_per_household numeric(18,2) not null,
    description                  varchar(500),
    primary key (project_id, position)
);

create table project_target (
    project_id  uuid         not null references project (id) on delete cascade,
    position    int          not null,
    indicator   varchar(200) not null,
    target_value varchar(100) not null,
    unit        varchar(40),
    primary key (project_id, position)
);

-- The county review's four checks (效益, 利益联结, 组织保障, 后续运营), each with evidence.
create table project_review_check (
    project_id uuid          not null references project (id) on delete cascade,
    position   int           not null,
    check_type varchar(32)   not null,
    passed     boolean       not null,
    evidence   varchar(2000) not null,
    primary key (project_id, position)
);

-- Assets the accepted project formed, handed to asset-service in ProjectAcceptedV1.
create table project_asset (
    project_id    uuid          not null references project (id) on delete cascade,
    position      int           not null,
    asset_ref     varchar(100)  not null,
    name          varchar(200)  not null,
    asset_class   varchar(32)   not null,
    value         numeric(18,2) not null,
    location_code varchar(12)   not null,
    household_id  uuid,
    primary key (project_id, position)
);

-- Every intake/lifecycle transition: who, when, why. Append-only.
create table project_transition (
    id           uuid primary key,
    project_id   uuid         not null references project (id),
    action       varchar(32)  not null,
    from_status  varchar(32)  not null,
    to_status    varchar(32)  not null,
    actor        varchar(200) not null,
    actor_role   varchar(16)  not null,
    actor_region varchar(12),
    reason       varchar(2000),
    at           timestamptz  not null
);
create index project_transition_project on project_transition (project_id, at);

-- Objections raised during the public notice; admission waits until all are resolved.
create table notice_objection (
    id           uuid primary key,
    project_id   uuid          not null references project (id),
    raised_by    varchar(200)  not null,
    content      varchar(2000) not null,
    received_at  timestamptz   not null,
    recorded_by  varchar(200)  not null,
    resolution   varchar(2000),
    upheld       boolean,
    resolved_by  varchar(200),
    resolved_at  timestamptz,
    version      bigint        not null default 0
);
create index notice_objection_project on notice_objection (project_id);

-- Policy numbers as data: per year, with the document they come from. The value for a year is the
-- row with the greatest year not after it.
create table policy_param (
    param_key       varchar(64)   not null,
    year            int           not null,
    value           numeric(18,4) not null,
    source_document varchar(500)  not null,
    primary key (param_key, year)
);
insert into policy_param (param_key, year, value, source_document) values
 ('project.min-distinct-mechanisms', 2021, 2, '新乡市农业农村局对市政协提案第095号的答复（2024）；国乡振发〔2022〕9号'),
 ('project.notice-min-days',         2021, 10, '新乡市农业农村局对市政协提案第095号的答复（2024）：项目库公示不少于10天'),
 ('project.leading-industries-min',  2021, 2, '新乡市农业农村局对市政协提案第095号的答复（2024）：每县培育2-3个特色主导产业'),
 ('project.leading-industries-max',  2021, 3, '新乡市农业农村局对市政协提案第095号的答复（2024）：每县培育2-3个特色主导产业');

-- Each county's 2-3 leading industries (特色主导产业) for a year.
create table leading_industry (
    county_code varchar(12)  not null,
    year        int          not null,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    updated_by  varchar(200) not null,
    updated_at  timestamptz  not null,
    primary key (county_code, year, code)
);

-- Household roster (帮扶对象). The personal ID number is kept masked only; never in full.
create table household (
    id                    uuid primary key,
    national_household_no varchar(40)  not null unique,
    village_code          varchar(12)  not null,
    head_name             varchar(100) not null,
    category              varchar(32)  not null,
    labour_capacity       boolean      not null,
    id_number_masked      varchar(18)  not null,
    on_roster             boolean      not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0
);
create index household_village on household (village_code varchar_pattern_ops);
create index household_category on household (category);

-- Actual results per project, year and mechanism.
create table project_result (
    project_id               uuid          not null references project (id),
    year                     int           not null,
    mechanism_type           varchar(32)   not null,
    linked_poverty_alleviated int          not null,
    linked_monitored         int           not null,
    linked_other             int           not null,
    income_received          numeric(18,2) not null,
    reported_by              varchar(200)  not null,
    reported_at              timestamptz   not null,
    primary key (project_id, year, mechanism_type)
);
