-- SAMPLE DATA (样例数据), never for production. A repeatable Flyway migration that runs only where
-- quarkus.flyway.locations includes "sample" (the dev and test profiles; see application.properties).
--
-- 2023: the city's published plan. Industry development 683,000,000 yuan of 1,013,350,000 = 67.4%,
--       the figure the bureau reported (新乡市农业农村局对市政协第095号提案的答复, 2024). The
--       split to sources, other uses and counties is invented but consistent.
-- 2024: a draft at 64.9% industry development, below the 65% floor: it cannot be published without
--       a city user's recorded justification.
-- Idempotent: nothing is inserted when the plans already exist.

insert into funding_plan (id, fiscal_year, region_code, status, central_amount, provincial_amount, city_amount, county_amount,
                          planned_industry, planned_leading, planned_infrastructure, planned_employment, planned_other,
                          published_by, published_at, created_by, created_at, updated_at)
values ('5a3b1e00-0000-4000-8000-000000002023', 2023, '410700000000', 'PUBLISHED',
        620000000.00, 233350000.00, 80000000.00, 80000000.00,
        683000000.00, 360000000.00, 230350000.00, 60000000.00, 40000000.00,
        'sample-data（样例数据）', timestamptz '2023-03-15 09:00:00+08', 'sample-data（样例数据）',
        timestamptz '2023-03-01 09:00:00+08', timestamptz '2023-03-15 09:00:00+08'),
       ('5a3b1e00-0000-4000-8000-000000002024', 2024, '410700000000', 'DRAFT',
        600000000.00, 230000000.00, 90000000.00, 80000000.00,
        649000000.00, 340000000.00, 250000000.00, 61000000.00, 40000000.00,
        null, null, 'sample-data（样例数据）',
        timestamptz '2024-02-20 09:00:00+08', timestamptz '2024-02-20 09:00:00+08')
on conflict do nothing;

insert into county_share (plan_id, county_code, amount)
select p.id, s.county_code, s.amount
from funding_plan p
join (values (2023, '410702000000', 20000000.00), (2023, '410703000000', 15000000.00), (2023, '410704000000', 25000000.00),
             (2023, '410711000000', 18350000.00), (2023, '410721000000', 85000000.00), (2023, '410724000000', 95000000.00),
             (2023, '410725000000', 150000000.00), (2023, '410726000000', 140000000.00), (2023, '410727000000', 160000000.00),
             (2023, '410781000000', 100000000.00), (2023, '410782000000', 110000000.00), (2023, '410783000000', 95000000.00),
             (2024, '410702000000', 20000000.00), (2024, '410703000000', 15000000.00), (2024, '410704000000', 25000000.00),
             (2024, '410711000000', 15000000.00), (2024, '410721000000', 85000000.00), (2024, '410724000000', 95000000.00),
             (2024, '410725000000', 150000000.00), (2024, '410726000000', 140000000.00), (2024, '410727000000', 155000000.00),
             (2024, '410781000000', 100000000.00), (2024, '410782000000', 110000000.00), (2024, '410783000000', 90000000.00))
     as s(fiscal_year, county_code, amount) on s.fiscal_year = p.fiscal_year
where p.id in ('5a3b1e00-0000-4000-8000-000000002023', '5a3b1e00-0000-4000-8000-000000002024')
on conflict do nothing;

-- The published 2023 plan's publication is its version 1 (see V4__plan_versions.sql), as for every plan
-- published through the API.
update funding_plan set plan_version = 1 where id = '5a3b1e00-0000-4000-8000-000000002023' and plan_version = 0;
insert into plan_version (plan_id, version_no, central_amount, provincial_amount, city_amount, county_amount, planned_industry,
                          planned_leading, planned_infrastructure, planned_employment, planned_other, kind, reason, breaches,
                          justification, justified_by, justified_at, made_by, made_at)
select id, 1, central_amount, provincial_amount, city_amount, county_amount, planned_industry, planned_leading,
       planned_infrastructure, planned_employment, planned_other, 'PUBLICATION', null, '', null, null, null, published_by, published_at
from funding_plan where id = '5a3b1e00-0000-4000-8000-000000002023'
on conflict do nothing;
insert into plan_version_share (plan_id, version_no, county_code, amount)
select plan_id, 1, county_code, amount from county_share where plan_id = '5a3b1e00-0000-4000-8000-000000002023'
on conflict do nothing;
