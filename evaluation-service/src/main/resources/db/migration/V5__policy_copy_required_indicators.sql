-- evaluation-service owns no policy number of another service: it keeps a copy of every policy
-- parameter from agri.policy (policy.changed.v1, through the inbox), rebuildable from the topic, and
-- reads targets, the benchmark rate, the inventory deadline and the working-mechanisms threshold there.
create table observed_policy_parameter (
    param_key       varchar(64)   not null,
    applies_from    int           not null,
    value           numeric(18,6) not null,
    unit            varchar(16)   not null,
    label           varchar(200)  not null,
    source_document varchar(500)  not null,
    owner           varchar(64)   not null,
    version         bigint        not null,
    changed_by      varchar(200)  not null,
    changed_at      timestamptz   not null,
    primary key (param_key, applies_from)
);

-- The hand-kept copy of asset-service's inventory deadline is gone: the copy above replaces it.
drop table evaluation_parameter;

-- Each indicator states whether it is required: a required indicator without data scores 0 ("no data
-- reported") instead of being left out. A target may come from a policy parameter (a fraction, shown
-- as a percentage) instead of a number of the framework's own.
alter table indicator_definition
    add column required          boolean     not null default false,
    add column target_policy_key varchar(64);

-- The farmer-linking mechanism is the "baton" of assessment, and every evaluated area has allocations
-- and should have spent them: these six are required. Assets, distributions and inventories may
-- legitimately not exist yet for an area, so they stay optional (the inventory completion already
-- counts every inventory due as owed).
update indicator_definition set required = true
 where code in ('INDUSTRY_FUND_SHARE', 'LEADING_INDUSTRY_SHARE', 'WORKING_MECHANISMS_SHARE', 'LINKED_HOUSEHOLDS',
                'INCOME_INCREASE', 'FUND_EXECUTION_RATE');
update indicator_definition set target_policy_key = 'funding.industry-share-floor' where code = 'INDUSTRY_FUND_SHARE' and target = 65;
update indicator_definition set target_policy_key = 'funding.leading-share-floor' where code = 'LEADING_INDUSTRY_SHARE' and target = 50;
update indicator_definition set target_policy_key = 'asset.target-share-min' where code = 'DISTRIBUTION_SHARE' and target = 70;

-- Seeded sources quote the bureau's reply by session and document number, and name no file outside the product.
update indicator_definition set source_document = case code
    when 'INDUSTRY_FUND_SHARE' then '目标值：funding-service 政策参数 funding.industry-share-floor（新农字〔2024〕34号：产业发展资金占比保持在65%以上）；权重：本系统默认值，待市局确定'
    when 'LEADING_INDUSTRY_SHARE' then '目标值：funding-service 政策参数 funding.leading-share-floor（新农字〔2024〕34号：特色主导产业全链条资金占产业投入资金50%以上）；权重：本系统默认值，待市局确定'
    when 'WORKING_MECHANISMS_SHARE' then '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：确保每个产业项目至少有2个以上联农带农方式发挥作用（门槛：project-service 政策参数 project.min-working-mechanisms）；目标值和权重：本系统默认值，待市局确定'
    when 'LINKED_HOUSEHOLDS' then '新农字〔2024〕34号：将联农带农机制建立和效益发挥情况作为绩效评价重要内容；目标值和权重：本系统默认值，待市局确定'
    when 'INCOME_INCREASE' then '新农字〔2024〕34号：促进脱贫群众持续稳定增收；基数为上一年度实绩（无则入库时预期收益）；目标值和权重：本系统默认值，待市局确定'
    when 'ASSET_RETURN_BENCHMARK' then '新农字〔2024〕34号：产业资产运营收益不低于同期银行基准利率（asset-service 政策参数 asset.benchmark-rate）；目标值和权重：本系统默认值，待市局确定'
    when 'DISTRIBUTION_SHARE' then '目标值：asset-service 政策参数 asset.target-share-min（新农字〔2024〕34号：村集体产业收益70%以上用于脱贫群众和监测对象）；权重：本系统默认值，待市局确定'
    when 'INVENTORY_COMPLETION' then '新农字〔2024〕34号：每半年开展一次帮扶产业收益集中盘点（截止天数：asset-service 政策参数 asset.inventory-deadline-days）；目标值和权重：本系统默认值，待市局确定'
    when 'FUND_EXECUTION_RATE' then '衔接推进乡村振兴补助资金绩效评价；目标值和权重：本系统默认值，待市局确定'
    when 'CONFIRMATION_COMPLETION' then '新农字〔2024〕34号：应确尽确、应登尽登；目标值和权重：本系统默认值，待市局确定'
    else source_document end
 where source_document like 'DOMAIN.md%' or source_document like '新乡市农业农村局对市政协第095号提案的答复(2024)%';
update indicator_definition set data_source = 'observed_asset (asset.registered.v1) + observed_asset_income (asset.income-recorded.v1) + observed_policy_parameter asset.inventory-deadline-days (agri.policy)'
 where code = 'INVENTORY_COMPLETION' and data_source like '%evaluation_parameter%';
update indicator_definition set data_source = 'observed_asset_income (asset.income-recorded.v1: income and asset value) against observed_policy_parameter asset.benchmark-rate (agri.policy) of the period''s year'
 where code = 'ASSET_RETURN_BENCHMARK' and data_source like 'observed_asset_income (asset.income-recorded.v1: belowBenchmark%';
update grade_bound set source_document = '本系统默认等级（优≥90、良80–89、中60–79、差<60），待市局绩效评价办法确定'
 where source_document like 'DOMAIN.md%';
