-- SAMPLE DATA for local runs only (样例数据，仅用于本地演示). Never loaded in production:
-- SampleDataLoader runs it only when agri.asset.sample-data.enabled=true (true in the dev profile only).
-- Regions are the sample townships/villages of the region directory (marked （样例）).
-- Households: roster copy of 城关一村 (410725901201).
insert into household (id, national_household_no, village_code, head_name, category, labour_capacity, on_roster, left_roster_at, changed_at) values
 ('5a000000-0000-4000-8000-000000000101', 'SAMPLE-4107259012010001', '410725901201', '张建国（样例）', 'POVERTY_ALLEVIATED', true,  true,  null, '2025-01-05T00:00:00Z'),
 ('5a000000-0000-4000-8000-000000000102', 'SAMPLE-4107259012010002', '410725901201', '李秀兰（样例）', 'POVERTY_ALLEVIATED', false, true,  null, '2025-01-05T00:00:00Z'),
 ('5a000000-0000-4000-8000-000000000103', 'SAMPLE-4107259012010003', '410725901201', '王富贵（样例）', 'MONITORED',          true,  true,  null, '2025-01-05T00:00:00Z'),
 ('5a000000-0000-4000-8000-000000000104', 'SAMPLE-4107259012010004', '410725901201', '赵大勇（样例）', 'OTHER',              true,  true,  null, '2025-01-05T00:00:00Z'),
 ('5a000000-0000-4000-8000-000000000105', 'SAMPLE-4107259012010005', '410725901201', '孙桂芝（样例）', 'MONITORED',          false, false, '2025-03-01T00:00:00Z', '2025-03-01T00:00:00Z')
on conflict (id) do nothing;

-- 1. Operating, confirmed to the village collective, leased, two half-years below the benchmark, in the revitalise batch.
insert into asset (id, name, asset_class, value, region_code, registered_via, in_service_on, funding_linkage, funding_other_fiscal, funding_self_raised,
    funding_credit, operating_mode, contract_counterparty, contract_start, contract_end, contract_annual_rent, status, owner_type, owner_name,
    owner_region_code, ownership_nature, confirmed_at, confirmed_by, current_batch, source_project_code, source_project_name, created_by, created_at, updated_at)
values ('5a000000-0000-4000-8000-000000000001', '城关一村肉羊养殖圈舍（样例）', 'OPERATING', 1200000.00, '410725901201', 'LEGACY', '2021-06-30',
    1000000.00, 100000.00, 100000.00, 0.00, 'LEASED', '原阳县鑫农牧业有限公司（样例）', '2021-07-01', '2031-06-30', 12000.00, 'CONFIRMED',
    'VILLAGE_COLLECTIVE', '城关一村股份经济合作社（样例）', '410725901201', 'COLLECTIVE', '2024-03-01T02:00:00Z', 'sample-loader',
    'REVITALISE', 'XM2021-410725-00003', '2021年城关一村肉羊养殖项目（样例）', 'sample-loader', '2024-03-01T02:00:00Z', '2024-03-01T02:00:00Z')
on conflict (id) do nothing;
-- 2. Operating, taken over from an accepted project, not yet confirmed (on the county's to-do).
insert into asset (id, name, asset_class, value, region_code, registered_via, in_service_on, source_project_id, asset_ref, source_project_code,
    source_project_name, status, created_by, created_at, updated_at)
values ('5a000000-0000-4000-8000-000000000002', '城关二村食用菌大棚（样例）', 'OPERATING', 800000.00, '410725901202', 'PROJECT', '2025-11-20',
    '5a000000-0000-4000-8000-0000000000f1', 'greenhouse-1', 'XM2025-410725-00017', '2025年城关二村食用菌种植项目（样例）', 'UNCONFIRMED',
    'project-service', '2025-11-20T02:00:00Z', '2025-11-20T02:00:00Z')
on conflict (id) do nothing;
-- 3. Operating, confirmed to the township and state-owned, earning above the benchmark, consolidate batch.
insert into asset (id, name, asset_class, value, region_code, registered_via, in_service_on, operating_mode, contract_counterparty, contract_start,
    contract_end, contract_annual_rent, status, owner_type, owner_name, owner_region_code, ownership_nature, confirmed_at, confirmed_by,
    current_batch, created_by, created_at, updated_at)
values ('5a000000-0000-4000-8000-000000000003', '城关镇冷链仓储中心（样例）', 'OPERATING', 3000000.00, '410725901000', 'LEGACY', '2022-01-01',
    'ENTRUSTED', '原阳县预制菜产业园运营公司（样例）', '2022-01-01', '2032-12-31', 64000.00, 'CONFIRMED', 'TOWNSHIP', '城关镇人民政府（样例）',
    '410725901000', 'STATE_OWNED', '2024-03-01T02:00:00Z', 'sample-loader', 'CONSOLIDATE', 'sample-loader', '2024-03-01T02:00:00Z', '2024-03-01T02:00:00Z')
on conflict (id) do nothing;
-- 4. Public-welfare, confirmed to the village collective.
insert into asset (id, name, asset_class, value, region_code, registered_via, in_service_on, status, owner_type, owner_name, owner_region_code,
    ownership_nature, confirmed_at, confirmed_by, created_by, created_at, updated_at)
values ('5a000000-0000-4000-8000-000000000004', '城关一村产业路（样例）', 'PUBLIC_WELFARE', 500000.00, '410725901201', 'LEGACY', '2020-10-01',
    'CONFIRMED', 'VILLAGE_COLLECTIVE', '城关一村股份经济合作社（样例）', '410725901201', 'COLLECTIVE', '2024-03-01T02:00:00Z', 'sample-loader',
    'sample-loader', '2024-03-01T02:00:00Z', '2024-03-01T02:00:00Z')
on conflict (id) do nothing;
-- 5. Household asset, not yet confirmed.
insert into asset (id, name, asset_class, value, region_code, household_id, registered_via, in_service_on, status, created_by, created_at, updated_at)
values ('5a000000-0000-4000-8000-000000000005', '张建国户屋顶光伏（样例）', 'HOUSEHOLD', 30000.00, '410725901201',
    '5a000000-0000-4000-8000-000000000101', 'LEGACY', '2023-05-01', 'UNCONFIRMED', 'sample-loader', '2024-03-01T02:00:00Z', '2024-03-01T02:00:00Z')
on conflict (id) do nothing;
-- 6. Operating, adjusted and disposed (proceeds back to the village collective).
insert into asset (id, name, asset_class, value, region_code, registered_via, in_service_on, operating_mode, status, owner_type, owner_name,
    owner_region_code, ownership_nature, confirmed_at, confirmed_by, current_batch, disposed_at, created_by, created_at, updated_at)
values ('5a000000-0000-4000-8000-000000000006', '东屯一村粉条加工坊（样例）', 'OPERATING', 400000.00, '410726901201', 'LEGACY', '2019-09-01',
    'SELF_RUN', 'DISPOSED', 'VILLAGE_COLLECTIVE', '东屯一村股份经济合作社（样例）', '410726901201', 'COLLECTIVE', '2024-03-01T02:00:00Z',
    'sample-loader', 'ADJUST', '2026-03-15T02:00:00Z', 'sample-loader', '2024-03-01T02:00:00Z', '2026-03-15T02:00:00Z')
on conflict (id) do nothing;

insert into income_inventory (id, asset_id, region_code, period, income, asset_value, annualised_return, benchmark_rate, below_benchmark, note, recorded_by, recorded_at) values
 ('5a000000-0000-4000-8000-000000000201', '5a000000-0000-4000-8000-000000000001', '410725901201', '2025H1', 6000.00, 1200000.00, 0.010000, 0.015, true, '租金减半（样例）', 'sample-loader', '2025-07-10T02:00:00Z'),
 ('5a000000-0000-4000-8000-000000000202', '5a000000-0000-4000-8000-000000000001', '410725901201', '2025H2', 5000.00, 1200000.00, 0.008333, 0.015, true, null, 'sample-loader', '2026-01-10T02:00:00Z'),
 ('5a000000-0000-4000-8000-000000000203', '5a000000-0000-4000-8000-000000000003', '410725901000', '2025H1', 32000.00, 3000000.00, 0.021333, 0.015, false, null, 'sample-loader', '2025-07-10T02:00:00Z'),
 ('5a000000-0000-4000-8000-000000000204', '5a000000-0000-4000-8000-000000000003', '410725901000', '2025H2', 32000.00, 3000000.00, 0.021333, 0.015, false, null, 'sample-loader', '2026-01-10T02:00:00Z'),
 ('5a000000-0000-4000-8000-000000000205', '5a000000-0000-4000-8000-000000000006', '410726901201', '2025H1', 0.00, 400000.00, 0.000000, 0.015, true, '停产（样例）', 'sample-loader', '2025-07-10T02:00:00Z'),
 ('5a000000-0000-4000-8000-000000000206', '5a000000-0000-4000-8000-000000000006', '410726901201', '2025H2', 0.00, 400000.00, 0.000000, 0.015, true, '停产（样例）', 'sample-loader', '2026-01-10T02:00:00Z')
on conflict (id) do nothing;

insert into batch_decision (id, asset_id, region_code, proposed_batch, proposal_reason, batch, measures, reasons, decided_by, decided_at) values
 ('5a000000-0000-4000-8000-000000000301', '5a000000-0000-4000-8000-000000000001', '410725901201', 'REVITALISE', '连续2期收益率低于同期基准利率（截至2025H2）',
  'REVITALISE', '减免2026年上半年租金30%，协调就业奖补（样例）', '承租企业受羊价下行影响暂时困难（样例）', 'sample-loader', '2026-01-20T02:00:00Z'),
 ('5a000000-0000-4000-8000-000000000302', '5a000000-0000-4000-8000-000000000003', '410725901000', 'CONSOLIDATE', '2025H1、2025H2两期收益率均不低于基准利率',
  'CONSOLIDATE', '支持品牌打造（样例）', '运营稳定（样例）', 'sample-loader', '2026-01-20T02:00:00Z'),
 ('5a000000-0000-4000-8000-000000000303', '5a000000-0000-4000-8000-000000000006', '410726901201', 'ADJUST', '连续2期无收益（截至2025H2）',
  'ADJUST', '依法处置设备，规划新产业（样例）', '停产一年，难以为继（样例）', 'sample-loader', '2026-01-20T02:00:00Z')
on conflict (id) do nothing;

insert into disposal (id, asset_id, region_code, method, reason, decision_body, decision_ref, decided_on, proceeds, proceeds_to, recorded_by, recorded_at) values
 ('5a000000-0000-4000-8000-000000000401', '5a000000-0000-4000-8000-000000000006', '410726901201', 'AUCTION', '停产一年，设备老化，经营难以为继（样例）',
  '东屯一村村民代表大会（样例）', '东屯一村〔2026〕1号（样例）', '2026-03-10', 120000.00, '东屯一村股份经济合作社（样例）', 'sample-loader', '2026-03-15T02:00:00Z')
on conflict (id) do nothing;

insert into distribution (id, village_code, period, income, target_amount, target_share, min_target_share, work_pay_amount, guarantee_amount,
    permitted_use_amount, recorded_by, recorded_at, status, version_no, published_version_no, published_by, published_at)
values ('5a000000-0000-4000-8000-000000000501', '410725901201', '2025H2', 10000.00, 7500.00, 0.750000, 0.70, 5000.00, 2500.00, 2500.00,
    'sample-loader', '2026-01-25T02:00:00Z', 'PUBLISHED', 1, 1, 'sample-loader', '2026-01-25T02:00:00Z')
on conflict (id) do nothing;
insert into distribution_line (id, distribution_id, line_no, kind, household_id, use_code, amount, work_description, work_days, note) values
 ('5a000000-0000-4000-8000-000000000511', '5a000000-0000-4000-8000-000000000501', 1, 'WORK_PAY', '5a000000-0000-4000-8000-000000000101', null, 2500.00, '村内道路保洁公益岗（样例）', 50.0, null),
 ('5a000000-0000-4000-8000-000000000512', '5a000000-0000-4000-8000-000000000501', 2, 'WORK_PAY', '5a000000-0000-4000-8000-000000000103', null, 2500.00, '养殖场务工（样例）', 45.0, null),
 ('5a000000-0000-4000-8000-000000000513', '5a000000-0000-4000-8000-000000000501', 3, 'BASIC_GUARANTEE', '5a000000-0000-4000-8000-000000000102', null, 2500.00, null, null, null),
 ('5a000000-0000-4000-8000-000000000514', '5a000000-0000-4000-8000-000000000501', 4, 'PERMITTED_USE', null, 'COLLECTIVE_REINVESTMENT', 2500.00, null, null, '圈舍维修再投入（样例）')
on conflict (id) do nothing;
