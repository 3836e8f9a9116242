-- SAMPLE DATA for the local run only (not a migration; never run in production).
-- Projects of fiscal year 2025 in every status, with participants, mechanisms, targets, county
-- review checks, transitions, leading industries, households and results. All places and names are
-- invented sample data (regions marked （样例）). Re-runnable: fixed ids, ON CONFLICT DO NOTHING.
-- Load after project-service has started once (Flyway has created the schema):
--   psql "$PROJECT_DB_URL" -v ON_ERROR_STOP=1 -f sample-projects.sql
-- It writes no outbox events: other services' read models do not learn about these rows.
begin;

insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values ('410725000000', 2025, 'PREPARED_MEALS', '预制菜', 'sample', now()) on conflict do nothing;
insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values ('410725000000', 2025, 'RICE', '原阳大米', 'sample', now()) on conflict do nothing;
insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values ('410726000000', 2025, 'WHEAT', '优质小麦', 'sample', now()) on conflict do nothing;
insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values ('410726000000', 2025, 'PEANUT', '高油花生', 'sample', now()) on conflict do nothing;
insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values ('410724000000', 2025, 'EDIBLE_FUNGI', '食用菌', 'sample', now()) on conflict do nothing;
insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values ('410724000000', 2025, 'NURSERY', '苗木花卉', 'sample', now()) on conflict do nothing;
insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values ('410782000000', 2025, 'RURAL_WELLNESS', '乡村康养', 'sample', now()) on conflict do nothing;
insert into leading_industry (county_code, year, code, name, updated_by, updated_at) values ('410782000000', 2025, 'HOMESTAY', '乡村民宿', 'sample', now()) on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000001', 'XM2025-410725-S0001', '城关一村肉羊养殖扶贫车间（样例）', '样例数据：城关一村肉羊养殖扶贫车间（样例）', 2025, '410725901201', '410725000000', 'SPECIALTY_FARMING', null,
  1000000.00, 200000.00, 300000.00, 100000.00, 1600000.00, 'DRAFT', null, null, null,
  null, null, null, null, 'sample-village-410725901201', timestamptz '2025-02-10 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000001', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司1', '91410725MA000000XT'),
  ('5a3b1e00-0000-4000-8000-000000000001', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社1', '93410725MA0000000T'),
  ('5a3b1e00-0000-4000-8000-000000000001', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000001', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA0000000R')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000001', 0, 'EMPLOYMENT', 20, 3, 10, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000001', 1, 'EQUITY_DIVIDEND', 15, 2, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000001', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000001', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000002', 'XM2025-410725-S0002', '城关二村预制菜加工车间（样例）', '样例数据：城关二村预制菜加工车间（样例）', 2025, '410725901202', '410725000000', 'GREEN_FOOD', 'PREPARED_MEALS',
  1100000.00, 200000.00, 300000.00, 100000.00, 1700000.00, 'SUBMITTED', null, null, null,
  null, null, null, null, 'sample-village-410725901202', timestamptz '2025-02-11 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000002', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司2', '91410725MA007919X1'),
  ('5a3b1e00-0000-4000-8000-000000000002', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社2', '93410725MA01047290'),
  ('5a3b1e00-0000-4000-8000-000000000002', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000002', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA0000001W')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000002', 0, 'EMPLOYMENT', 21, 4, 11, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000002', 1, 'ORDER_PURCHASING', 16, 3, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000002', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000002', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000100000002', '5a3b1e00-0000-4000-8000-000000000002', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sample-village-410725901202', 'village', '410725901202', null, timestamptz '2025-02-20 02:00:00+00' + interval '0 days') on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000003', 'XM2025-410725-S0003', '师寨一村原阳大米订单种植（样例）', '样例数据：师寨一村原阳大米订单种植（样例）', 2025, '410725902201', '410725000000', 'SPECIALTY_FARMING', 'RICE',
  1200000.00, 200000.00, 300000.00, 100000.00, 1800000.00, 'TOWNSHIP_REVIEWED', null, null, null,
  null, null, null, null, 'sample-village-410725902201', timestamptz '2025-02-12 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000003', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司3', '91410725MA015838X7'),
  ('5a3b1e00-0000-4000-8000-000000000003', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社3', '93410725MA0209458M'),
  ('5a3b1e00-0000-4000-8000-000000000003', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000003', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA00000020')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000003', 0, 'ORDER_PURCHASING', 22, 5, 12, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000003', 1, 'LAND_TRANSFER', 17, 2, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000003', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000003', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000100000003', '5a3b1e00-0000-4000-8000-000000000003', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sample-village-410725902201', 'village', '410725902201', null, timestamptz '2025-02-20 02:00:00+00' + interval '0 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000200000003', '5a3b1e00-0000-4000-8000-000000000003', 'TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_REVIEWED', 'sample-township-410725902000', 'township', '410725902000', null, timestamptz '2025-02-20 02:00:00+00' + interval '1 days') on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000004', 'XM2025-410726-S0004', '东屯一村优质小麦订单收购（样例）', '样例数据：东屯一村优质小麦订单收购（样例）', 2025, '410726901201', '410726000000', 'SPECIALTY_FARMING', 'WHEAT',
  1300000.00, 200000.00, 300000.00, 100000.00, 1900000.00, 'COUNTY_APPROVED', null, null, null,
  null, null, null, null, 'sample-village-410726901201', timestamptz '2025-02-13 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000004', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司4', '91410726MA023757XU'),
  ('5a3b1e00-0000-4000-8000-000000000004', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社4', '93410726MA03141879'),
  ('5a3b1e00-0000-4000-8000-000000000004', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000004', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA00000033')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000004', 0, 'ORDER_PURCHASING', 23, 3, 13, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000004', 1, 'PRODUCTION_TRUSTEESHIP', 18, 3, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000004', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000004', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project_review_check (project_id, position, check_type, passed, evidence) values
  ('5a3b1e00-0000-4000-8000-000000000004', 0, 'BENEFITS', true, '可研报告测算年收益率6%（样例）'), ('5a3b1e00-0000-4000-8000-000000000004', 1, 'INTEREST_LINKAGE', true, '务工与分红协议（样例）'),
  ('5a3b1e00-0000-4000-8000-000000000004', 2, 'ORGANISATIONAL_GUARANTEE', true, '村两委项目专班（样例）'), ('5a3b1e00-0000-4000-8000-000000000004', 3, 'FOLLOW_UP_OPERATION', true, '合作社运营合同5年（样例）')
on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000100000004', '5a3b1e00-0000-4000-8000-000000000004', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sample-village-410726901201', 'village', '410726901201', null, timestamptz '2025-02-20 02:00:00+00' + interval '0 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000200000004', '5a3b1e00-0000-4000-8000-000000000004', 'TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_REVIEWED', 'sample-township-410726901000', 'township', '410726901000', null, timestamptz '2025-02-20 02:00:00+00' + interval '1 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000300000004', '5a3b1e00-0000-4000-8000-000000000004', 'COUNTY_APPROVE', 'TOWNSHIP_REVIEWED', 'COUNTY_APPROVED', 'sample-county-410726000000', 'county', '410726000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '2 days') on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000005', 'XM2025-410726-S0005', '东屯二村高油花生加工（样例）', '样例数据：东屯二村高油花生加工（样例）', 2025, '410726901202', '410726000000', 'GREEN_FOOD', 'PEANUT',
  1400000.00, 200000.00, 300000.00, 100000.00, 2000000.00, 'IN_NOTICE', current_date - 3, current_date + 7, null,
  null, null, null, null, 'sample-village-410726901202', timestamptz '2025-02-14 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000005', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司5', '91410726MA031676X2'),
  ('5a3b1e00-0000-4000-8000-000000000005', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社5', '93410726MA0418916U'),
  ('5a3b1e00-0000-4000-8000-000000000005', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000005', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA00000046')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000005', 0, 'EMPLOYMENT', 24, 4, 14, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000005', 1, 'ORDER_PURCHASING', 19, 2, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000005', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000005', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project_review_check (project_id, position, check_type, passed, evidence) values
  ('5a3b1e00-0000-4000-8000-000000000005', 0, 'BENEFITS', true, '可研报告测算年收益率6%（样例）'), ('5a3b1e00-0000-4000-8000-000000000005', 1, 'INTEREST_LINKAGE', true, '务工与分红协议（样例）'),
  ('5a3b1e00-0000-4000-8000-000000000005', 2, 'ORGANISATIONAL_GUARANTEE', true, '村两委项目专班（样例）'), ('5a3b1e00-0000-4000-8000-000000000005', 3, 'FOLLOW_UP_OPERATION', true, '合作社运营合同5年（样例）')
on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000100000005', '5a3b1e00-0000-4000-8000-000000000005', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sample-village-410726901202', 'village', '410726901202', null, timestamptz '2025-02-20 02:00:00+00' + interval '0 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000200000005', '5a3b1e00-0000-4000-8000-000000000005', 'TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_REVIEWED', 'sample-township-410726901000', 'township', '410726901000', null, timestamptz '2025-02-20 02:00:00+00' + interval '1 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000300000005', '5a3b1e00-0000-4000-8000-000000000005', 'COUNTY_APPROVE', 'TOWNSHIP_REVIEWED', 'COUNTY_APPROVED', 'sample-county-410726000000', 'county', '410726000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '2 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000400000005', '5a3b1e00-0000-4000-8000-000000000005', 'START_NOTICE', 'COUNTY_APPROVED', 'IN_NOTICE', 'sample-county-410726000000', 'county', '410726000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '3 days') on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000006', 'XM2025-410724-S0006', '亢村一村食用菌大棚（样例）', '样例数据：亢村一村食用菌大棚（样例）', 2025, '410724901201', '410724000000', 'SPECIALTY_FARMING', 'EDIBLE_FUNGI',
  1500000.00, 200000.00, 300000.00, 100000.00, 2100000.00, 'IN_LIBRARY', date '2025-03-01', date '2025-03-11', timestamptz '2025-03-12 02:00:00+00',
  null, null, null, null, 'sample-village-410724901201', timestamptz '2025-02-15 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000006', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司6', '91410724MA039595X6'),
  ('5a3b1e00-0000-4000-8000-000000000006', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社6', '93410724MA05236454'),
  ('5a3b1e00-0000-4000-8000-000000000006', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000006', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA00000059')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000006', 0, 'ASSET_LEASE', 25, 5, 15, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000006', 1, 'EMPLOYMENT', 20, 3, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000006', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000006', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project_review_check (project_id, position, check_type, passed, evidence) values
  ('5a3b1e00-0000-4000-8000-000000000006', 0, 'BENEFITS', true, '可研报告测算年收益率6%（样例）'), ('5a3b1e00-0000-4000-8000-000000000006', 1, 'INTEREST_LINKAGE', true, '务工与分红协议（样例）'),
  ('5a3b1e00-0000-4000-8000-000000000006', 2, 'ORGANISATIONAL_GUARANTEE', true, '村两委项目专班（样例）'), ('5a3b1e00-0000-4000-8000-000000000006', 3, 'FOLLOW_UP_OPERATION', true, '合作社运营合同5年（样例）')
on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000100000006', '5a3b1e00-0000-4000-8000-000000000006', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sample-village-410724901201', 'village', '410724901201', null, timestamptz '2025-02-20 02:00:00+00' + interval '0 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000200000006', '5a3b1e00-0000-4000-8000-000000000006', 'TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_REVIEWED', 'sample-township-410724901000', 'township', '410724901000', null, timestamptz '2025-02-20 02:00:00+00' + interval '1 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000300000006', '5a3b1e00-0000-4000-8000-000000000006', 'COUNTY_APPROVE', 'TOWNSHIP_REVIEWED', 'COUNTY_APPROVED', 'sample-county-410724000000', 'county', '410724000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '2 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000400000006', '5a3b1e00-0000-4000-8000-000000000006', 'START_NOTICE', 'COUNTY_APPROVED', 'IN_NOTICE', 'sample-county-410724000000', 'county', '410724000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '3 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000500000006', '5a3b1e00-0000-4000-8000-000000000006', 'ADMIT', 'IN_NOTICE', 'IN_LIBRARY', 'sample-county-410724000000', 'county', '410724000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '4 days') on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000007', 'XM2025-410782-S0007', '南村一村乡村民宿（样例）', '样例数据：南村一村乡村民宿（样例）', 2025, '410782901201', '410782000000', 'CULTURE_TOURISM', 'HOMESTAY',
  1600000.00, 200000.00, 300000.00, 100000.00, 2200000.00, 'IN_PROGRESS', date '2025-03-01', date '2025-03-11', timestamptz '2025-03-12 02:00:00+00',
  timestamptz '2025-04-01 02:00:00+00', 'sample-allocation-7', null, null, 'sample-village-410782901201', timestamptz '2025-02-16 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000007', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司7', '91410782MA047514XT'),
  ('5a3b1e00-0000-4000-8000-000000000007', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社7', '93410782MA0628374R'),
  ('5a3b1e00-0000-4000-8000-000000000007', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000007', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA0000006C')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000007', 0, 'EQUITY_DIVIDEND', 26, 3, 16, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000007', 1, 'EMPLOYMENT', 21, 2, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000007', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000007', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project_review_check (project_id, position, check_type, passed, evidence) values
  ('5a3b1e00-0000-4000-8000-000000000007', 0, 'BENEFITS', true, '可研报告测算年收益率6%（样例）'), ('5a3b1e00-0000-4000-8000-000000000007', 1, 'INTEREST_LINKAGE', true, '务工与分红协议（样例）'),
  ('5a3b1e00-0000-4000-8000-000000000007', 2, 'ORGANISATIONAL_GUARANTEE', true, '村两委项目专班（样例）'), ('5a3b1e00-0000-4000-8000-000000000007', 3, 'FOLLOW_UP_OPERATION', true, '合作社运营合同5年（样例）')
on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000100000007', '5a3b1e00-0000-4000-8000-000000000007', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sample-village-410782901201', 'village', '410782901201', null, timestamptz '2025-02-20 02:00:00+00' + interval '0 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000200000007', '5a3b1e00-0000-4000-8000-000000000007', 'TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_REVIEWED', 'sample-township-410782901000', 'township', '410782901000', null, timestamptz '2025-02-20 02:00:00+00' + interval '1 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000300000007', '5a3b1e00-0000-4000-8000-000000000007', 'COUNTY_APPROVE', 'TOWNSHIP_REVIEWED', 'COUNTY_APPROVED', 'sample-county-410782000000', 'county', '410782000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '2 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000400000007', '5a3b1e00-0000-4000-8000-000000000007', 'START_NOTICE', 'COUNTY_APPROVED', 'IN_NOTICE', 'sample-county-410782000000', 'county', '410782000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '3 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000500000007', '5a3b1e00-0000-4000-8000-000000000007', 'ADMIT', 'IN_NOTICE', 'IN_LIBRARY', 'sample-county-410782000000', 'county', '410782000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '4 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000600000007', '5a3b1e00-0000-4000-8000-000000000007', 'START', 'IN_LIBRARY', 'IN_PROGRESS', 'funding-service', 'service', null, null, timestamptz '2025-02-20 02:00:00+00' + interval '5 days') on conflict do nothing;
insert into project_result (project_id, year, mechanism_type, linked_poverty_alleviated, linked_monitored, linked_other, income_received, reported_by, reported_at) values
  ('5a3b1e00-0000-4000-8000-000000000007', 2025, 'EQUITY_DIVIDEND', 24, 3, 9, 126000.00, 'sample', now()), ('5a3b1e00-0000-4000-8000-000000000007', 2025, 'EMPLOYMENT', 20, 2, 5, 33000.00, 'sample', now())
on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000008', 'XM2025-410725-S0008', '城关三村农业社会化服务中心（样例）', '样例数据：城关三村农业社会化服务中心（样例）', 2025, '410725901203', '410725000000', 'AGRI_SERVICES', null,
  1700000.00, 200000.00, 300000.00, 100000.00, 2300000.00, 'COMPLETED', date '2025-03-01', date '2025-03-11', timestamptz '2025-03-12 02:00:00+00',
  timestamptz '2025-04-01 02:00:00+00', 'sample-allocation-8', date '2025-10-31', null, 'sample-village-410725901203', timestamptz '2025-02-17 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000008', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司8', '91410725MA055433XF'),
  ('5a3b1e00-0000-4000-8000-000000000008', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社8', '93410725MA0733103Q'),
  ('5a3b1e00-0000-4000-8000-000000000008', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000008', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA0000007F')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000008', 0, 'PRODUCTION_TRUSTEESHIP', 27, 4, 17, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000008', 1, 'TECHNICAL_SERVICE', 22, 3, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000008', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000008', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project_review_check (project_id, position, check_type, passed, evidence) values
  ('5a3b1e00-0000-4000-8000-000000000008', 0, 'BENEFITS', true, '可研报告测算年收益率6%（样例）'), ('5a3b1e00-0000-4000-8000-000000000008', 1, 'INTEREST_LINKAGE', true, '务工与分红协议（样例）'),
  ('5a3b1e00-0000-4000-8000-000000000008', 2, 'ORGANISATIONAL_GUARANTEE', true, '村两委项目专班（样例）'), ('5a3b1e00-0000-4000-8000-000000000008', 3, 'FOLLOW_UP_OPERATION', true, '合作社运营合同5年（样例）')
on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000100000008', '5a3b1e00-0000-4000-8000-000000000008', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sample-village-410725901203', 'village', '410725901203', null, timestamptz '2025-02-20 02:00:00+00' + interval '0 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000200000008', '5a3b1e00-0000-4000-8000-000000000008', 'TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_REVIEWED', 'sample-township-410725901000', 'township', '410725901000', null, timestamptz '2025-02-20 02:00:00+00' + interval '1 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000300000008', '5a3b1e00-0000-4000-8000-000000000008', 'COUNTY_APPROVE', 'TOWNSHIP_REVIEWED', 'COUNTY_APPROVED', 'sample-county-410725000000', 'county', '410725000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '2 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000400000008', '5a3b1e00-0000-4000-8000-000000000008', 'START_NOTICE', 'COUNTY_APPROVED', 'IN_NOTICE', 'sample-county-410725000000', 'county', '410725000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '3 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000500000008', '5a3b1e00-0000-4000-8000-000000000008', 'ADMIT', 'IN_NOTICE', 'IN_LIBRARY', 'sample-county-410725000000', 'county', '410725000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '4 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000600000008', '5a3b1e00-0000-4000-8000-000000000008', 'START', 'IN_LIBRARY', 'IN_PROGRESS', 'funding-service', 'service', null, null, timestamptz '2025-02-20 02:00:00+00' + interval '5 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000700000008', '5a3b1e00-0000-4000-8000-000000000008', 'COMPLETE', 'IN_PROGRESS', 'COMPLETED', 'sample-county-410725000000', 'county', '410725000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '6 days') on conflict do nothing;
insert into project_result (project_id, year, mechanism_type, linked_poverty_alleviated, linked_monitored, linked_other, income_received, reported_by, reported_at) values
  ('5a3b1e00-0000-4000-8000-000000000008', 2025, 'PRODUCTION_TRUSTEESHIP', 25, 3, 9, 127000.00, 'sample', now()), ('5a3b1e00-0000-4000-8000-000000000008', 2025, 'TECHNICAL_SERVICE', 21, 2, 5, 33500.00, 'sample', now())
on conflict do nothing;
insert into project (id, code, name, description, fiscal_year, region_code, county_code, industry_category, leading_industry_code,
  inv_linkage_funds, inv_other_fiscal, inv_self_raised, inv_credit, inv_total, status, notice_started_on, notice_ends_on, admitted_at,
  started_at, started_by_allocation, completed_on, accepted_at, created_by, created_at, updated_at, version)
values ('5a3b1e00-0000-4000-8000-000000000009', 'XM2025-410726-S0009', '僧固一村特色手工编织车间（样例）', '样例数据：僧固一村特色手工编织车间（样例）', 2025, '410726902201', '410726000000', 'SPECIALTY_CRAFTS', null,
  1800000.00, 200000.00, 300000.00, 100000.00, 2400000.00, 'ACCEPTED', date '2025-03-01', date '2025-03-11', timestamptz '2025-03-12 02:00:00+00',
  timestamptz '2025-04-01 02:00:00+00', 'sample-allocation-9', date '2025-10-31', timestamptz '2025-11-20 02:00:00+00', 'sample-village-410726902201', timestamptz '2025-02-18 02:00:00+00', now(), 0)
on conflict do nothing;
insert into project_participant (project_id, position, role, entity_type, name, credit_code) values
  ('5a3b1e00-0000-4000-8000-000000000009', 0, 'LEADING_ENTERPRISE', 'LEADING_ENTERPRISE', '样例农业发展有限公司9', '91410726MA063352X4'),
  ('5a3b1e00-0000-4000-8000-000000000009', 1, 'COOPERATIVE', 'COOPERATIVE', '样例专业合作社9', '93410726MA0837832E'),
  ('5a3b1e00-0000-4000-8000-000000000009', 2, 'FARMING_HOUSEHOLDS', 'FARMING_HOUSEHOLDS', '项目村脱贫户和监测户', null),
  ('5a3b1e00-0000-4000-8000-000000000009', 3, 'FINANCIAL_INSTITUTION', 'FINANCIAL_INSTITUTION', '样例农村商业银行', '91410700MA0000008J')
on conflict do nothing;
insert into project_mechanism (project_id, position, type, planned_poverty_alleviated, planned_monitored, planned_other, expected_income_per_household, description) values
  ('5a3b1e00-0000-4000-8000-000000000009', 0, 'EMPLOYMENT', 28, 5, 18, 6000.00, '样例'),
  ('5a3b1e00-0000-4000-8000-000000000009', 1, 'COMMISSION_SALES', 23, 2, 5, 1500.00, '样例')
on conflict do nothing;
insert into project_target (project_id, position, indicator, target_value, unit) values
  ('5a3b1e00-0000-4000-8000-000000000009', 0, '带动脱贫户增收', '≥3000', '元/户/年'), ('5a3b1e00-0000-4000-8000-000000000009', 1, '项目年收益率', '≥5', '%')
on conflict do nothing;
insert into project_review_check (project_id, position, check_type, passed, evidence) values
  ('5a3b1e00-0000-4000-8000-000000000009', 0, 'BENEFITS', true, '可研报告测算年收益率6%（样例）'), ('5a3b1e00-0000-4000-8000-000000000009', 1, 'INTEREST_LINKAGE', true, '务工与分红协议（样例）'),
  ('5a3b1e00-0000-4000-8000-000000000009', 2, 'ORGANISATIONAL_GUARANTEE', true, '村两委项目专班（样例）'), ('5a3b1e00-0000-4000-8000-000000000009', 3, 'FOLLOW_UP_OPERATION', true, '合作社运营合同5年（样例）')
on conflict do nothing;
insert into project_asset (project_id, position, asset_ref, name, asset_class, value, location_code, household_id) values
  ('5a3b1e00-0000-4000-8000-000000000009', 0, 'A1', '编织车间厂房（样例）', 'OPERATING', 1200000.00, '410726902201', null),
  ('5a3b1e00-0000-4000-8000-000000000009', 1, 'A2', '车间道路硬化（样例）', 'PUBLIC_WELFARE', 200000.00, '410726902201', null)
on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000100000009', '5a3b1e00-0000-4000-8000-000000000009', 'SUBMIT', 'DRAFT', 'SUBMITTED', 'sample-village-410726902201', 'village', '410726902201', null, timestamptz '2025-02-20 02:00:00+00' + interval '0 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000200000009', '5a3b1e00-0000-4000-8000-000000000009', 'TOWNSHIP_APPROVE', 'SUBMITTED', 'TOWNSHIP_REVIEWED', 'sample-township-410726902000', 'township', '410726902000', null, timestamptz '2025-02-20 02:00:00+00' + interval '1 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000300000009', '5a3b1e00-0000-4000-8000-000000000009', 'COUNTY_APPROVE', 'TOWNSHIP_REVIEWED', 'COUNTY_APPROVED', 'sample-county-410726000000', 'county', '410726000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '2 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000400000009', '5a3b1e00-0000-4000-8000-000000000009', 'START_NOTICE', 'COUNTY_APPROVED', 'IN_NOTICE', 'sample-county-410726000000', 'county', '410726000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '3 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000500000009', '5a3b1e00-0000-4000-8000-000000000009', 'ADMIT', 'IN_NOTICE', 'IN_LIBRARY', 'sample-county-410726000000', 'county', '410726000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '4 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000600000009', '5a3b1e00-0000-4000-8000-000000000009', 'START', 'IN_LIBRARY', 'IN_PROGRESS', 'funding-service', 'service', null, null, timestamptz '2025-02-20 02:00:00+00' + interval '5 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000700000009', '5a3b1e00-0000-4000-8000-000000000009', 'COMPLETE', 'IN_PROGRESS', 'COMPLETED', 'sample-county-410726000000', 'county', '410726000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '6 days') on conflict do nothing;
insert into project_transition (id, project_id, action, from_status, to_status, actor, actor_role, actor_region, reason, at) values ('5a3b1e00-0000-4000-8000-000800000009', '5a3b1e00-0000-4000-8000-000000000009', 'ACCEPT', 'COMPLETED', 'ACCEPTED', 'sample-county-410726000000', 'county', '410726000000', null, timestamptz '2025-02-20 02:00:00+00' + interval '7 days') on conflict do nothing;
insert into project_result (project_id, year, mechanism_type, linked_poverty_alleviated, linked_monitored, linked_other, income_received, reported_by, reported_at) values
  ('5a3b1e00-0000-4000-8000-000000000009', 2025, 'EMPLOYMENT', 26, 3, 9, 128000.00, 'sample', now()), ('5a3b1e00-0000-4000-8000-000000000009', 2025, 'COMMISSION_SALES', 22, 2, 5, 34000.00, 'sample', now())
on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000001', 'SAMPLE-410725901201-000', '410725901201', '样例户主1', 'POVERTY_ALLEVIATED', false, '410725********0003', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000002', 'SAMPLE-410725901202-001', '410725901202', '样例户主2', 'MONITORED', true, '410725********0016', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000003', 'SAMPLE-410725901203-002', '410725901203', '样例户主3', 'OTHER', true, '410725********0029', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000004', 'SAMPLE-410726901201-003', '410726901201', '样例户主4', 'POVERTY_ALLEVIATED', true, '410726********0038', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000005', 'SAMPLE-410724901201-004', '410724901201', '样例户主5', 'MONITORED', false, '410724********0048', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000006', 'SAMPLE-410782901201-005', '410782901201', '样例户主6', 'OTHER', true, '410782********0054', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000007', 'SAMPLE-410725901201-006', '410725901201', '样例户主7', 'POVERTY_ALLEVIATED', true, '410725********006X', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000008', 'SAMPLE-410725901202-007', '410725901202', '样例户主8', 'MONITORED', true, '410725********0072', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000009', 'SAMPLE-410725901203-008', '410725901203', '样例户主9', 'OTHER', false, '410725********0085', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000010', 'SAMPLE-410726901201-009', '410726901201', '样例户主10', 'POVERTY_ALLEVIATED', true, '410726********0098', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000011', 'SAMPLE-410724901201-010', '410724901201', '样例户主11', 'MONITORED', true, '410724********010X', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000012', 'SAMPLE-410782901201-011', '410782901201', '样例户主12', 'OTHER', true, '410782********0116', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000013', 'SAMPLE-410725901201-012', '410725901201', '样例户主13', 'POVERTY_ALLEVIATED', false, '410725********0121', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000014', 'SAMPLE-410725901202-013', '410725901202', '样例户主14', 'MONITORED', true, '410725********0134', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000015', 'SAMPLE-410725901203-014', '410725901203', '样例户主15', 'OTHER', true, '410725********0147', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000016', 'SAMPLE-410726901201-015', '410726901201', '样例户主16', 'POVERTY_ALLEVIATED', true, '410726********0156', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000017', 'SAMPLE-410724901201-016', '410724901201', '样例户主17', 'MONITORED', false, '410724********0166', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000018', 'SAMPLE-410782901201-017', '410782901201', '样例户主18', 'OTHER', true, '410782********0172', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000019', 'SAMPLE-410725901201-018', '410725901201', '样例户主19', 'POVERTY_ALLEVIATED', true, '410725********0181', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000020', 'SAMPLE-410725901202-019', '410725901202', '样例户主20', 'MONITORED', true, '410725********0194', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000021', 'SAMPLE-410725901203-020', '410725901203', '样例户主21', 'OTHER', false, '410725********0209', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000022', 'SAMPLE-410726901201-021', '410726901201', '样例户主22', 'POVERTY_ALLEVIATED', true, '410726********0218', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000023', 'SAMPLE-410724901201-022', '410724901201', '样例户主23', 'MONITORED', true, '410724********0228', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000024', 'SAMPLE-410782901201-023', '410782901201', '样例户主24', 'OTHER', true, '410782********0234', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000025', 'SAMPLE-410725901201-024', '410725901201', '样例户主25', 'POVERTY_ALLEVIATED', false, '410725********024X', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000026', 'SAMPLE-410725901202-025', '410725901202', '样例户主26', 'MONITORED', true, '410725********0252', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000027', 'SAMPLE-410725901203-026', '410725901203', '样例户主27', 'OTHER', true, '410725********0265', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000028', 'SAMPLE-410726901201-027', '410726901201', '样例户主28', 'POVERTY_ALLEVIATED', true, '410726********0278', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000029', 'SAMPLE-410724901201-028', '410724901201', '样例户主29', 'MONITORED', false, '410724********0288', true, now(), 0) on conflict do nothing;
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version) values ('5a3b1e00-0000-4000-8000-900000000030', 'SAMPLE-410782901201-029', '410782901201', '样例户主30', 'OTHER', true, '410782********0294', true, now(), 0) on conflict do nothing;
commit;
