-- SAMPLE DATA for the local run only (not a migration; never run in production). Issue 14's programmes with the
-- seed's own counts (新农字〔2024〕34号): 16 city-level rural craftsmen, 1 provincial master and 1 master recommended
-- for national recognition; 25 provincial wellness demonstration villages (全省康养示范村); 25,000 poverty-alleviated
-- and monitored people certified (26,000 certificates: 1,000 people hold a second one) from 12,500 sample households;
-- four training programmes; three science and technology envoys serving the sample projects. All names, numbers and
-- places are invented and marked （样例） or SAMPLE-; every village is one of the sample villages （样例）.
-- Runs after sample-projects.sql (file names sort so): it links its projects. Re-runnable: fixed ids, ON CONFLICT DO NOTHING.
-- It also appends each record's event to the outbox (as the services do in the record's transaction), so that
-- evaluation-service's programme figures and the city overview count the same sample; event ids are derived from the
-- record ids, so a re-run appends nothing.
begin;

-- Rural craftsmen: one row per recognition; the provincial master is also the one the province recommended nationally.
insert into craftsman (id, name, level, craft, region_code, county_code, industry, households_employed, year_recognised, created_by, created_at, version) values
 ('5a3b1e00-0000-4000-8000-c00000000001', '样例工匠01', 'CITY', '手工布艺', '410725901201', '410725000000', '特色手工布艺加工', 32, 2022, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000002', '样例工匠02', 'CITY', '传统面点', '410725901202', '410725000000', '预制菜', 45, 2022, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000003', '样例工匠03', 'CITY', '柳编', '410725902201', '410725000000', '特色手工编织', 28, 2022, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000004', '样例工匠04', 'CITY', '麦秆画', '410726901201', '410726000000', '优质小麦文创', 15, 2022, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000005', '样例工匠05', 'CITY', '花生制品加工', '410726901202', '410726000000', '高油花生', 40, 2023, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000006', '样例工匠06', 'CITY', '草编', '410726902201', '410726000000', '特色手工编织', 22, 2023, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000007', '样例工匠07', 'CITY', '食用菌栽培', '410724901201', '410724000000', '食用菌', 36, 2023, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000008', '样例工匠08', 'CITY', '盆景嫁接', '410724901202', '410724000000', '苗木花卉', 18, 2023, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000009', '样例工匠09', 'CITY', '剪纸', '410724902201', '410724000000', '特色手工', 12, 2023, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000010', '样例工匠10', 'CITY', '石砌民居营造', '410782901202', '410782000000', '乡村民宿', 26, 2023, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000011', '样例工匠11', 'CITY', '山区特色菜烹饪', '410782901203', '410782000000', '乡村康养', 20, 2024, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000012', '样例工匠12', 'CITY', '太行山核桃雕刻', '410782902201', '410782000000', '特色手工', 14, 2024, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000013', '样例工匠13', 'CITY', '传统酿醋', '410782902202', '410782000000', '绿色食品', 24, 2024, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000014', '样例工匠14', 'CITY', '刺绣', '410721901201', '410721000000', '特色手工刺绣', 30, 2024, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000015', '样例工匠15', 'CITY', '木雕', '410721901202', '410721000000', '特色手工', 10, 2024, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000016', '样例工匠16', 'CITY', '豆制品制作', '410725902202', '410725000000', '绿色食品', 19, 2024, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000017', '样例工匠名师', 'PROVINCIAL_MASTER', '太行石艺', '410782901201', '410782000000', '乡村民宿', 60, 2023, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-c00000000018', '样例工匠名师', 'NATIONAL_MASTER_RECOMMENDED', '太行石艺', '410782901201', '410782000000', '乡村民宿', 60, 2024, 'sample', now(), 0)
on conflict do nothing;

-- 25 of the 27 sample villages designated 全省康养示范村 (the province's wellness demonstration villages), 2021-2024;
-- 南村一村's homestay project (sample project 7, culture and tourism) qualifies because of it.
insert into demonstration_village (id, village_code, county_code, kind, issuing_level, year_designated, created_by, created_at, version)
select md5('sample-demonstration-village-' || v.code)::uuid, v.code, substr(v.code, 1, 6) || '000000', 'WELLNESS', 'PROVINCIAL', 2021 + (v.n::int % 4),
       'sample', now(), 0
from unnest(array['410782901201', '410782901202', '410782901203', '410782902201', '410782902202', '410782902203',
                  '410724901201', '410724901202', '410724901203', '410724902201', '410724902202', '410724902203',
                  '410726901201', '410726901202', '410726901203', '410726902201', '410726902202', '410726902203',
                  '410725901201', '410725901202', '410725901203', '410725902201', '410725902202', '410725902203',
                  '410721901201']) with ordinality as v(code, n)
on conflict do nothing;
insert into demonstration_village_project (designation_id, project_id)
values (md5('sample-demonstration-village-410782901201')::uuid, '5a3b1e00-0000-4000-8000-000000000007')
on conflict do nothing;

-- Science and technology envoys of 2025 serving the sample projects and villages (获嘉's library project has none).
insert into envoy (id, name, organisation, speciality, county_code, year, created_by, created_at, version) values
 ('5a3b1e00-0000-4000-8000-e00000000001', '样例特派员甲', '样例农业科学院畜牧兽医研究所', '肉羊养殖与疫病防控', '410725000000', 2025, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-e00000000002', '样例特派员乙', '样例农业大学农学院', '优质小麦和高油花生栽培', '410726000000', 2025, 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-e00000000003', '样例特派员丙', '样例职业技术学院旅游系', '乡村民宿运营与康养服务', '410782000000', 2025, 'sample', now(), 0)
on conflict do nothing;
insert into envoy_project (envoy_id, project_id) values
 ('5a3b1e00-0000-4000-8000-e00000000001', '5a3b1e00-0000-4000-8000-000000000001'),
 ('5a3b1e00-0000-4000-8000-e00000000001', '5a3b1e00-0000-4000-8000-000000000002'),
 ('5a3b1e00-0000-4000-8000-e00000000001', '5a3b1e00-0000-4000-8000-000000000008'),
 ('5a3b1e00-0000-4000-8000-e00000000002', '5a3b1e00-0000-4000-8000-000000000004'),
 ('5a3b1e00-0000-4000-8000-e00000000002', '5a3b1e00-0000-4000-8000-000000000009'),
 ('5a3b1e00-0000-4000-8000-e00000000003', '5a3b1e00-0000-4000-8000-000000000007')
on conflict do nothing;
insert into envoy_village (envoy_id, village_code) values
 ('5a3b1e00-0000-4000-8000-e00000000001', '410725901201'), ('5a3b1e00-0000-4000-8000-e00000000001', '410725901202'),
 ('5a3b1e00-0000-4000-8000-e00000000001', '410725901203'), ('5a3b1e00-0000-4000-8000-e00000000002', '410726901201'),
 ('5a3b1e00-0000-4000-8000-e00000000002', '410726902201'), ('5a3b1e00-0000-4000-8000-e00000000003', '410782901201')
on conflict do nothing;
insert into envoy_service (id, envoy_id, county_code, served_on, topic, households_reached, village_code, project_id, created_by, created_at) values
 ('5a3b1e00-0000-4000-8000-e10000000001', '5a3b1e00-0000-4000-8000-e00000000001', '410725000000', date '2025-03-12', '春季肉羊驱虫和羊舍消毒（样例）', 26, '410725901201', '5a3b1e00-0000-4000-8000-000000000001', 'sample', now()),
 ('5a3b1e00-0000-4000-8000-e10000000002', '5a3b1e00-0000-4000-8000-e00000000001', '410725000000', date '2025-05-20', '农机社会化服务作业规范（样例）', 40, '410725901203', '5a3b1e00-0000-4000-8000-000000000008', 'sample', now()),
 ('5a3b1e00-0000-4000-8000-e10000000003', '5a3b1e00-0000-4000-8000-e00000000002', '410726000000', date '2025-04-08', '小麦条锈病防治（样例）', 85, '410726901201', '5a3b1e00-0000-4000-8000-000000000004', 'sample', now()),
 ('5a3b1e00-0000-4000-8000-e10000000004', '5a3b1e00-0000-4000-8000-e00000000003', '410782000000', date '2025-06-15', '民宿服务礼仪和食品安全（样例）', 32, '410782901201', '5a3b1e00-0000-4000-8000-000000000007', 'sample', now())
on conflict do nothing;

-- Training programmes run with the human-resources departments.
insert into skills_training (id, name, county_code, year, organiser, created_by, created_at, version) values
 ('5a3b1e00-0000-4000-8000-d00000000001', '2024年原阳县预制菜加工技能培训班（样例）', '410725000000', 2024, '原阳县人力资源和社会保障局、原阳县农业农村局（样例）', 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-d00000000002', '2023年延津县优质小麦种植技术培训班（样例）', '410726000000', 2023, '延津县人力资源和社会保障局（样例）', 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-d00000000003', '2024年辉县市民宿服务技能培训班（样例）', '410782000000', 2024, '辉县市人力资源和社会保障局、辉县市文化广电和旅游局（样例）', 'sample', now(), 0),
 ('5a3b1e00-0000-4000-8000-d00000000004', '2023年获嘉县食用菌栽培技能培训班（样例）', '410724000000', 2023, '获嘉县人力资源和社会保障局（样例）', 'sample', now(), 0)
on conflict do nothing;

-- 12,500 sample households (two certified people each) in the 25 wellness villages; ID numbers masked only.
create temporary table sample_village (n int primary key, code varchar(12)) on commit drop;
insert into sample_village
select (v.n - 1)::int, v.code from unnest(array['410782901201', '410782901202', '410782901203', '410782902201', '410782902202', '410782902203',
                  '410724901201', '410724901202', '410724901203', '410724902201', '410724902202', '410724902203',
                  '410726901201', '410726901202', '410726901203', '410726902201', '410726902202', '410726902203',
                  '410725901201', '410725901202', '410725901203', '410725902201', '410725902202', '410725902203',
                  '410721901201']) with ordinality as v(code, n);

insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, id_number_masked, on_roster, updated_at, version)
select md5('sample-skills-household-' || h)::uuid, 'SAMPLE-SKILL-' || lpad(h::text, 5, '0'), v.code, '样例户主S' || h,
       case when h % 3 = 0 then 'MONITORED' else 'POVERTY_ALLEVIATED' end, true,
       substr(v.code, 1, 6) || '********' || lpad(((h * 37) % 10000)::text, 4, '0'), true, now(), 0
from generate_series(0, 12499) h join sample_village v on v.n = h % 25
on conflict do nothing;

-- One certificate per person (p = 0..24999, household p / 2), a second one for the first 1,000 people. The digest is
-- CertificateRow.digest(): re-importing a sample certificate finds it unchanged.
with person as (
    select p, p / 2 as h, v.code as village, substr(v.code, 1, 6) as county6
    from generate_series(0, 24999) p join sample_village v on v.n = (p / 2) % 25
), cert as (
    select p, h, village, county6, 1 as k, date '2021-01-10' + ((p * 53) % 1450) as issued_on from person
    union all
    select p, h, village, county6, 2, date '2024-06-01' + (p % 150) from person where p < 1000
), shaped as (
    select c.*, 'SAMPLE-SKILL-' || lpad(c.h::text, 5, '0') as household_no, '样例持证人' || c.p as person_name,
           c.county6 || '********' || lpad(((c.p * 7919) % 10000)::text, 4, '0') as masked,
           case when (c.p + c.k) % 10 < 6 then 'SKILL_LEVEL' when (c.p + c.k) % 10 < 8 then 'SPECIALTY_ABILITY'
                when (c.p + c.k) % 10 = 8 then 'SPECIAL_OPERATION' else 'VOCATIONAL_QUALIFICATION' end as kind,
           case c.county6 when '410725' then '原阳县' when '410726' then '延津县' when '410724' then '获嘉县'
                          when '410782' then '辉县市' else '新乡县' end as county_name,
           'YL' || c.county6 || lpad(c.p::text, 6, '0') || case when c.k = 2 then '-2' else '' end as certificate_no,
           extract(year from c.issued_on)::int as year
    from cert c
), leveled as (
    select s.*, case s.kind when 'SKILL_LEVEL' then case when s.p % 3 = 0 then 'LEVEL_4' else 'LEVEL_5' end
                            when 'VOCATIONAL_QUALIFICATION' then 'LEVEL_5' else 'UNGRADED' end as level,
           s.county_name || case s.kind when 'SPECIAL_OPERATION' then '应急管理局' else '人力资源和社会保障局' end || '（样例）' as issuer,
           case when s.county6 = '410725' and s.year = 2024 then '5a3b1e00-0000-4000-8000-d00000000001'
                when s.county6 = '410726' and s.year = 2023 then '5a3b1e00-0000-4000-8000-d00000000002'
                when s.county6 = '410782' and s.year = 2024 then '5a3b1e00-0000-4000-8000-d00000000003'
                when s.county6 = '410724' and s.year = 2023 then '5a3b1e00-0000-4000-8000-d00000000004' end as training
    from shaped s
)
insert into skills_certificate (id, household_id, household_no, village_code, county_code, person_name, id_number_masked, kind, level, issuer,
                                certificate_no, issued_on, year, training_id, import_job_id, digest, created_by, created_at)
select md5('sample-skills-certificate-' || l.p || '-' || l.k)::uuid, md5('sample-skills-household-' || l.h)::uuid, l.household_no, l.village,
       l.county6 || '000000', l.person_name, l.masked, l.kind, l.level, l.issuer, l.certificate_no, l.issued_on, l.year, l.training::uuid, null,
       encode(sha256(convert_to('skills-certificate/1'
           || '|' || char_length(l.household_no) || ':' || l.household_no || '|' || char_length(l.person_name) || ':' || l.person_name
           || '|' || char_length(l.masked) || ':' || l.masked || '|' || char_length(l.kind) || ':' || l.kind
           || '|' || char_length(l.level) || ':' || l.level || '|' || char_length(l.issuer) || ':' || l.issuer
           || '|' || char_length(l.certificate_no) || ':' || l.certificate_no || '|10:' || to_char(l.issued_on, 'YYYY-MM-DD')
           || '|' || char_length(coalesce(l.training, '')) || ':' || coalesce(l.training, ''), 'UTF8')), 'hex'),
       'sample', now()
from leveled l
on conflict do nothing;

-- The records' events, through the outbox like every write of the service (the relay publishes them).
create temporary table sample_event (id uuid primary key, aggregatetype varchar(64), aggregateid varchar(128), type varchar(200), data jsonb) on commit drop;
insert into sample_event
select md5('sample-event-craftsman-' || c.id)::uuid, 'craftsman', c.id::text, 'cn.gov.xinxiang.agri.craftsman.recognised.v1',
       jsonb_build_object('craftsmanId', c.id::text, 'name', c.name, 'level', c.level, 'craft', c.craft, 'regionCode', c.region_code,
           'countyCode', c.county_code, 'industry', c.industry, 'householdsEmployed', c.households_employed, 'yearRecognised', c.year_recognised,
           'recordedBy', 'sample', 'recordedAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from craftsman c where c.created_by = 'sample'
union all
select md5('sample-event-designation-' || d.id)::uuid, 'demonstration-village', d.id::text, 'cn.gov.xinxiang.agri.demonstration-village.designated.v1',
       jsonb_build_object('designationId', d.id::text, 'villageCode', d.village_code, 'countyCode', d.county_code, 'kind', d.kind,
           'issuingLevel', d.issuing_level, 'yearDesignated', d.year_designated,
           'projectIds', coalesce((select jsonb_agg(dp.project_id::text order by dp.project_id) from demonstration_village_project dp where dp.designation_id = d.id), '[]'::jsonb),
           'recordedBy', 'sample', 'recordedAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from demonstration_village d where d.created_by = 'sample'
union all
select md5('sample-event-envoy-' || e.id)::uuid, 'envoy', e.id::text, 'cn.gov.xinxiang.agri.envoy.registered.v1',
       jsonb_build_object('envoyId', e.id::text, 'name', e.name, 'organisation', e.organisation, 'speciality', e.speciality, 'countyCode', e.county_code,
           'year', e.year,
           'projectIds', coalesce((select jsonb_agg(ep.project_id::text order by ep.project_id) from envoy_project ep where ep.envoy_id = e.id), '[]'::jsonb),
           'villageCodes', coalesce((select jsonb_agg(ev.village_code order by ev.village_code) from envoy_village ev where ev.envoy_id = e.id), '[]'::jsonb),
           'registeredBy', 'sample', 'registeredAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from envoy e where e.created_by = 'sample'
union all
select md5('sample-event-envoy-service-' || s.id)::uuid, 'envoy', s.envoy_id::text, 'cn.gov.xinxiang.agri.envoy.service-recorded.v1',
       jsonb_build_object('serviceId', s.id::text, 'envoyId', s.envoy_id::text, 'countyCode', s.county_code, 'servedOn', to_char(s.served_on, 'YYYY-MM-DD'),
           'topic', s.topic, 'householdsReached', s.households_reached, 'villageCode', s.village_code, 'projectId', s.project_id::text,
           'recordedBy', 'sample', 'recordedAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from envoy_service s where s.created_by = 'sample'
union all
select md5('sample-event-household-' || h.id)::uuid, 'household', h.id::text, 'cn.gov.xinxiang.agri.household.changed.v1',
       jsonb_build_object('householdId', h.id::text, 'nationalHouseholdNo', h.national_household_no, 'villageCode', h.village_code,
           'headName', h.head_name, 'category', h.category, 'labourCapacity', h.labour_capacity, 'onRoster', h.on_roster,
           'changedAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from household h where h.national_household_no like 'SAMPLE-SKILL-%'
union all
select md5('sample-event-certificate-' || c.id)::uuid, 'skills', c.id::text, 'cn.gov.xinxiang.agri.skills.certificate-recorded.v1',
       jsonb_build_object('certificateId', c.id::text, 'householdId', c.household_id::text, 'nationalHouseholdNo', c.household_no,
           'householdCategory', h.category, 'villageCode', c.village_code, 'countyCode', c.county_code, 'kind', c.kind, 'level', c.level,
           'issuer', c.issuer, 'certificateNo', c.certificate_no, 'issuedOn', to_char(c.issued_on, 'YYYY-MM-DD'), 'year', c.year,
           'trainingId', c.training_id::text, 'recordedBy', 'sample', 'recordedAt', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
from skills_certificate c join household h on h.id = c.household_id where c.created_by = 'sample';

insert into outbox_event (id, aggregatetype, aggregateid, type, payload, occurred_at)
select e.id, e.aggregatetype, e.aggregateid, e.type,
       jsonb_build_object('specversion', '1.0', 'id', e.id::text, 'source', '/project-service', 'type', e.type, 'subject', e.aggregateid,
           'time', to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'datacontenttype', 'application/json', 'data', e.data), now()
from sample_event e
where not exists (select 1 from outbox_event o where o.id = e.id)
order by e.type, e.id;

commit;
