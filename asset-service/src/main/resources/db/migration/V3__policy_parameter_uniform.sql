-- Policy parameters in the suite's uniform shape (platform PolicyParameterStore): one row per key and
-- the year it applies from, owner-prefixed keys, the unit, a version and who changed it. The value for a
-- year is the row with the greatest applies_from not after it, so the eleven identical seeded years
-- collapse into one row each; a row is kept wherever the value differs from the year before.
alter table policy_parameter rename column year to applies_from;
alter table policy_parameter rename column source to source_document;
alter table policy_parameter
    add column unit              varchar(16),
    add column version           bigint       not null default 0,
    add column updated_by        varchar(200) not null default 'migration',
    add column updated_at        timestamptz  not null default timestamptz '2024-07-26 00:00:00+08',
    add column announced_version bigint;

delete from policy_parameter p
 using (select param_key, applies_from, value = lag(value) over (partition by param_key order by applies_from) as same
          from policy_parameter) x
 where p.param_key = x.param_key and p.applies_from = x.applies_from and x.same;

update policy_parameter set param_key = case param_key
        when 'BENCHMARK_RATE' then 'asset.benchmark-rate'
        when 'TARGET_SHARE_MIN' then 'asset.target-share-min'
        when 'INVENTORY_DEADLINE_DAYS' then 'asset.inventory-deadline-days'
        else param_key end;
update policy_parameter set unit = case when param_key = 'asset.inventory-deadline-days' then 'days' else 'fraction' end;

-- The seeded sources name the bureau's reply by its session and document number.
update policy_parameter set source_document = '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：确保产业资产运营收益不低于同期银行基准利率获得收益；默认1.5%，以当年公布利率为准'
 where param_key = 'asset.benchmark-rate' and updated_by = 'migration';
update policy_parameter set source_document = '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：落实村集体产业收益70%以上用于脱贫群众和监测对象差异化分配制度'
 where param_key = 'asset.target-share-min' and updated_by = 'migration';
update policy_parameter set source_document = '新农字〔2024〕34号：每半年开展一次帮扶产业收益集中盘点；盘点截止为半年期结束后30天，系本系统默认值，由市局按年调整'
 where param_key = 'asset.inventory-deadline-days' and updated_by = 'migration';

alter table policy_parameter alter column unit set not null;
alter table policy_parameter add constraint policy_parameter_unit check (unit in ('fraction', 'days', 'count'));
alter table policy_parameter add constraint policy_parameter_applies_from check (applies_from between 2000 and 2100);
alter table policy_parameter alter column updated_by drop default;
alter table policy_parameter alter column updated_at drop default;
