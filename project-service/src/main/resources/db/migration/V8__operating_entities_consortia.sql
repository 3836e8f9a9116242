-- Issue 14: the registry of operating entities (经营主体) keyed by the unified social credit code, the
-- entities a project links in roles, and the consortia (帮扶产业发展联合体) that group entities around one
-- leading industry of a county with what they link. Corrections are new versions with a reason, as for results.

create table operating_entity (
    credit_code           varchar(18)  primary key,
    -- pinyin order for lists, as project names (V3)
    name                  varchar(200) collate "zh-x-icu" not null,
    kind                  varchar(32)  not null,
    -- only leading enterprises have a level (national / provincial / city), and they must
    level                 varchar(16),
    region_code           varchar(12)  not null,
    county_code           varchar(12)  not null,
    leading_industry_code varchar(40),
    version_no            int          not null check (version_no >= 1),
    created_by            varchar(200) not null,
    created_at            timestamptz  not null,
    updated_by            varchar(200) not null,
    updated_at            timestamptz  not null,
    check ((kind = 'LEADING_ENTERPRISE') = (level is not null))
);
-- Region-scoped lists filter with region_code LIKE '<prefix>%'.
create index operating_entity_region on operating_entity (region_code varchar_pattern_ops);
create index operating_entity_kind_level on operating_entity (kind, level);
create index operating_entity_name on operating_entity (name, credit_code);
-- Name search is a substring match (预制菜 finds 原阳县某预制菜食品有限公司): trigrams serve three characters or more.
create index operating_entity_name_trgm on operating_entity using gin (name gin_trgm_ops);
create index operating_entity_leading on operating_entity (leading_industry_code) where leading_industry_code is not null;

-- Every version of an entity's record as it read, append-only; version 1 is the registration.
create table operating_entity_version (
    credit_code   varchar(18)   not null references operating_entity (credit_code),
    version_no    int           not null check (version_no >= 1),
    content       jsonb         not null,
    reason        varchar(2000),
    recorded_by   varchar(200)  not null,
    recorded_tier varchar(10)   not null,
    recorded_at   timestamptz   not null,
    primary key (credit_code, version_no),
    check (version_no = 1 or reason is not null)
);

create function operating_entity_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'operating_entity_version is append-only: a correction is a new version';
end $$;
create trigger operating_entity_version_append_only before update or delete on operating_entity_version
    for each row execute function operating_entity_version_append_only();

-- A registered entity in a role on a project (实施主体, 带动主体, 收购方, ...).
create table project_entity (
    project_id  uuid         not null references project (id),
    credit_code varchar(18)  not null references operating_entity (credit_code),
    role        varchar(32)  not null,
    linked_by   varchar(200) not null,
    linked_at   timestamptz  not null,
    primary key (project_id, credit_code, role)
);
create index project_entity_code on project_entity (credit_code);

-- A consortium: one county, one of its leading industries of the year, a lead enterprise, members, and
-- what it links (households employed and linked, contract farming, purchases from farmers, capacities).
create table consortium (
    id                    uuid         primary key,
    name                  varchar(200) collate "zh-x-icu" not null,
    county_code           varchar(12)  not null,
    year                  int          not null,
    leading_industry_code varchar(40)  not null,
    lead_credit_code      varchar(18)  not null references operating_entity (credit_code),
    -- null where not reported (the seed gives 延津's park only the households it links)
    employed_households   int          check (employed_households >= 0),
    linked_households     int          check (linked_households >= 0),
    description           varchar(2000),
    version_no            int          not null check (version_no >= 1),
    created_by            varchar(200) not null,
    created_at            timestamptz  not null,
    updated_by            varchar(200) not null,
    updated_at            timestamptz  not null
);
create index consortium_county_year on consortium (county_code varchar_pattern_ops, year);
create index consortium_year on consortium (year, county_code);
create index consortium_industry on consortium (leading_industry_code, year);
create index consortium_lead on consortium (lead_credit_code);

create table consortium_member (
    consortium_id uuid        not null references consortium (id) on delete cascade,
    position      int         not null,
    credit_code   varchar(18) not null references operating_entity (credit_code),
    role          varchar(32) not null,
    primary key (consortium_id, position)
);
create index consortium_member_code on consortium_member (credit_code);

-- What a consortium links, as data: contract farming (带动农户养殖肉羊 60000 只), purchases from farmers
-- (收购花生秧 8000 亩), capacities (精品民宿 300 间). Quantities are summed per product and unit only.
create table consortium_link (
    consortium_id uuid          not null references consortium (id) on delete cascade,
    position      int           not null,
    kind          varchar(20)   not null,
    product       varchar(100)  not null,
    quantity      numeric(18,2) not null check (quantity > 0),
    unit          varchar(20)   not null,
    households    int           check (households >= 0),
    amount        numeric(18,2) check (amount >= 0),
    primary key (consortium_id, position)
);
create index consortium_link_kind on consortium_link (kind, product, unit);

-- The finance in "龙头企业+基地+合作社+种养殖户+金融": loans, insurance, guarantees, with their amounts (yuan).
create table consortium_financing (
    consortium_id uuid          not null references consortium (id) on delete cascade,
    position      int           not null,
    institution   varchar(200)  not null,
    product       varchar(100)  not null,
    amount        numeric(18,2) not null check (amount >= 0),
    primary key (consortium_id, position)
);

create table consortium_version (
    consortium_id uuid          not null references consortium (id),
    version_no    int           not null check (version_no >= 1),
    content       jsonb         not null,
    reason        varchar(2000),
    recorded_by   varchar(200)  not null,
    recorded_tier varchar(10)   not null,
    recorded_at   timestamptz   not null,
    primary key (consortium_id, version_no),
    check (version_no = 1 or reason is not null)
);

create function consortium_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'consortium_version is append-only: a correction is a new version';
end $$;
create trigger consortium_version_append_only before update or delete on consortium_version
    for each row execute function consortium_version_append_only();
