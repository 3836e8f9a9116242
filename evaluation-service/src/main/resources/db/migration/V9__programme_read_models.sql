-- Read models of project-service's programmes (issue 14): skills certificates (agri.skills), science and
-- technology envoys (agri.envoy), rural craftsmen (agri.craftsman), demonstration villages
-- (agri.demonstration-village) and consortia (agri.consortium). Each row is an upsert keyed by the source's id, as for the other read models.

create table observed_certificate (
    certificate_id  uuid         primary key,
    household_id    varchar(64)  not null,
    village_code    varchar(12)  not null,
    county_code     varchar(12)  not null,
    kind            varchar(40)  not null,
    level           varchar(40),
    issued_on       date         not null,
    year            int          not null
);
create index observed_certificate_county_year on observed_certificate (county_code, year);
create index observed_certificate_household on observed_certificate (household_id);

create table observed_envoy (
    envoy_id      uuid          primary key,
    name          varchar(100)  not null,
    county_code   varchar(12)   not null,
    year          int           not null
);
create index observed_envoy_county_year on observed_envoy (county_code, year);

-- The library projects an envoy serves: from the registration's list and from each service record's project.
create table observed_envoy_project (
    envoy_id      uuid          not null,
    project_id    uuid          not null,
    year          int           not null,
    registered    boolean       not null,
    served        boolean       not null,
    primary key (envoy_id, project_id)
);
create index observed_envoy_project_project on observed_envoy_project (project_id);

create table observed_envoy_service (
    service_id         uuid         primary key,
    envoy_id           uuid         not null,
    county_code        varchar(12)  not null,
    served_on          date         not null,
    households_reached int          not null
);
create index observed_envoy_service_county_date on observed_envoy_service (county_code, served_on);

create table observed_craftsman (
    craftsman_id        uuid         primary key,
    county_code         varchar(12)  not null,
    region_code         varchar(12)  not null,
    level               varchar(40)  not null,
    year_recognised     int          not null,
    households_employed int          not null
);
create index observed_craftsman_county_year on observed_craftsman (county_code, year_recognised);

create table observed_demonstration_village (
    designation_id  uuid         primary key,
    village_code    varchar(12)  not null,
    county_code     varchar(12)  not null,
    kind            varchar(40)  not null,
    year_designated int          not null
);
create index observed_demonstration_village_county_year on observed_demonstration_village (county_code, year_designated);

-- Consortia (agri.consortium): the latest version of each, with what it links as reported (null: not reported).
create table observed_consortium (
    consortium_id        uuid         primary key,
    county_code          varchar(12)  not null,
    year                 int          not null,
    version_no           int          not null,
    employed_households  int,
    linked_households    int
);
create index observed_consortium_county_year on observed_consortium (county_code, year);

-- Two indicators the programmes feed. The seed gives no target and the city has set no weight, so both are
-- optional and weigh 0 in 2025 and 2026 (reported with their evidence, not scored) until the city sets
-- them through the framework API.
insert into indicator_definition (fiscal_year, code, name, definition, data_source, unit, target, weight, direction, source_document, required)
select y.fy, d.code, d.name, d.definition, d.data_source, '%', 100.00, 0.00, 'HIGHER_IS_BETTER', d.source_document, false
from (values (2025), (2026)) as y(fy)
cross join (values
  ('CERTIFIED_LABOUR_HOUSEHOLDS', '有劳动力脱贫户监测户技能持证覆盖率',
   'Poverty-alleviated and monitored households with labour capacity on the roster in which someone holds a skills certificate issued by the end of the year, as a share of those households.',
   'observed_household (household.changed.v1) + observed_certificate (skills.certificate-recorded.v1)',
   '新农字〔2024〕34号：联合人社部门加强脱贫人口和监测对象技能培训持证力度（全市2.5万人获得技能证书）；目标值和权重：本系统默认值，待市局确定'),
  ('ENVOY_PROJECT_COVERAGE', '科技特派员服务库内项目覆盖率',
   'Library projects of the year served by at least one science and technology envoy (named at registration or in a service record), as a share of library projects.',
   'observed_project (project.admitted.v1) + observed_envoy_project (envoy.registered.v1, envoy.service-recorded.v1)',
   '新农字〔2024〕34号：实施科技特派员助力乡村振兴行动计划，强化科技指导服务；目标值和权重：本系统默认值，待市局确定')
) as d(code, name, definition, data_source, source_document)
on conflict (fiscal_year, code) do nothing;
