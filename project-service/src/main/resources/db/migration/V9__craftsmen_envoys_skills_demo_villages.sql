-- Issue 14: the seed's other programmes next to the project library (新农字〔2024〕34号, sections 二 to 四):
-- skills training and certificates, science and technology envoys, rural craftsmen, demonstration villages.
-- Every table carries the region code its scope is checked against (a prefix match, hence varchar_pattern_ops).

-- Skills training programmes (技能培训), run with the human-resources department (人社部门).
create table skills_training (
    id          uuid primary key,
    name        varchar(200) collate "zh-x-icu" not null,
    county_code varchar(12)  not null,
    year        int          not null check (year between 2000 and 2100),
    organiser   varchar(200) not null,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null,
    version     bigint       not null default 0
);
create index skills_training_county_year on skills_training (county_code varchar_pattern_ops, year);
create index skills_training_year on skills_training (year);

-- Certificates (技能证书) of people of poverty-alleviated or monitored households on the roster. The person's
-- ID number is kept masked only, as the roster keeps it; never in full. A certificate number is unique per issuer.
create table skills_certificate (
    id               uuid primary key,
    household_id     uuid         not null references household (id),
    -- the roster's key, copied so lists need no join (a household's number never changes: it is the upsert key)
    household_no     varchar(40)  not null,
    village_code     varchar(12)  not null,
    county_code      varchar(12)  not null,
    person_name      varchar(100) collate "zh-x-icu" not null,
    id_number_masked varchar(18)  not null,
    kind             varchar(32)  not null,
    level            varchar(32)  not null,
    issuer           varchar(200) not null,
    certificate_no   varchar(60)  not null,
    issued_on        date         not null,
    year             int          not null check (year between 2000 and 2100),
    training_id      uuid references skills_training (id),
    import_job_id    uuid,
    digest           varchar(64)  not null,
    created_by       varchar(200) not null,
    created_at       timestamptz  not null,
    unique (issuer, certificate_no)
);
create index skills_certificate_village on skills_certificate (village_code varchar_pattern_ops);
create index skills_certificate_county_year on skills_certificate (county_code, year);
create index skills_certificate_year on skills_certificate (year);
create index skills_certificate_household on skills_certificate (household_id);
create index skills_certificate_kind on skills_certificate (kind);
create index skills_certificate_training on skills_certificate (training_id) where training_id is not null;

-- Science and technology envoys (科技特派员) serving a county in a year.
create table envoy (
    id           uuid primary key,
    name         varchar(100) collate "zh-x-icu" not null,
    organisation varchar(200) not null,
    speciality   varchar(200) not null,
    county_code  varchar(12)  not null,
    year         int          not null check (year between 2000 and 2100),
    created_by   varchar(200) not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0
);
create index envoy_county_year on envoy (county_code varchar_pattern_ops, year);
create index envoy_year on envoy (year);

-- The projects and villages an envoy serves (validated when written: the project exists in the caller's
-- region and the envoy's county, the village is a known village there).
create table envoy_project (
    envoy_id   uuid not null references envoy (id),
    project_id uuid not null references project (id),
    primary key (envoy_id, project_id)
);
create index envoy_project_project on envoy_project (project_id);

create table envoy_village (
    envoy_id     uuid        not null references envoy (id),
    village_code varchar(12) not null,
    primary key (envoy_id, village_code)
);
create index envoy_village_village on envoy_village (village_code varchar_pattern_ops);

-- Service records: a date, a topic, the households reached, where.
create table envoy_service (
    id                 uuid primary key,
    envoy_id           uuid         not null references envoy (id),
    county_code        varchar(12)  not null,
    served_on          date         not null,
    topic              varchar(200) not null,
    households_reached int          not null check (households_reached >= 0),
    village_code       varchar(12),
    project_id         uuid references project (id),
    created_by         varchar(200) not null,
    created_at         timestamptz  not null
);
create index envoy_service_envoy on envoy_service (envoy_id, served_on desc);
create index envoy_service_county on envoy_service (county_code varchar_pattern_ops, served_on);

-- Rural craftsmen (乡村工匠): one row per recognition (city level, provincial master, recommended national master).
create table craftsman (
    id                  uuid primary key,
    name                varchar(100) collate "zh-x-icu" not null,
    level               varchar(32)  not null,
    craft               varchar(100) not null,
    region_code         varchar(12)  not null,
    county_code         varchar(12)  not null,
    industry            varchar(200) not null,
    households_employed int          not null check (households_employed >= 0),
    year_recognised     int          not null check (year_recognised between 2000 and 2100),
    created_by          varchar(200) not null,
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    unique (name, region_code, level)
);
create index craftsman_region on craftsman (region_code varchar_pattern_ops);
create index craftsman_level on craftsman (level);
create index craftsman_year on craftsman (year_recognised);

-- Demonstration villages (示范村, e.g. the province's 康养示范村): one designation per village, kind and issuing level.
create table demonstration_village (
    id              uuid primary key,
    village_code    varchar(12)  not null,
    county_code     varchar(12)  not null,
    kind            varchar(32)  not null,
    issuing_level   varchar(16)  not null,
    year_designated int          not null check (year_designated between 2000 and 2100),
    created_by      varchar(200) not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    unique (village_code, kind, issuing_level)
);
create index demonstration_village_village on demonstration_village (village_code varchar_pattern_ops);
create index demonstration_village_kind on demonstration_village (kind, issuing_level);
create index demonstration_village_year on demonstration_village (year_designated);

-- The village's projects that qualify for the library because of the designation.
create table demonstration_village_project (
    designation_id uuid not null references demonstration_village (id),
    project_id     uuid not null references project (id),
    primary key (designation_id, project_id)
);
create index demonstration_village_project_project on demonstration_village_project (project_id);
