-- The floors move to the suite's uniform policy shape (platform PolicyParameterStore): one row per key and
-- the year it applies from, published as policy.changed.v1 on agri.policy. The value for a year is the row
-- with the greatest applies_from not after it, so a row is kept only where a year's value differs from the
-- year before. The bank benchmark rate was a copy of asset-service's number that nothing here read: asset-
-- service owns it, so it is dropped rather than kept equal by hand. policy_year keeps each year's negative list.
create table policy_parameter (
    param_key         varchar(64)   not null,
    applies_from      int           not null check (applies_from between 2000 and 2100),
    value             numeric(18,6) not null check (value >= 0),
    unit              varchar(16)   not null check (unit in ('fraction', 'days', 'count')),
    source_document   varchar(500)  not null,
    version           bigint        not null default 0,
    updated_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    announced_version bigint,
    primary key (param_key, applies_from)
);

insert into policy_parameter (param_key, applies_from, value, unit, source_document, updated_by, updated_at)
select 'funding.industry-share-floor', fiscal_year, industry_share_floor, 'fraction',
       case when updated_by = 'migration'
            then '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：2024年度衔接资金用于产业发展的占比将继续保持在65%以上'
            else industry_share_floor_source end,
       updated_by, updated_at
from (select *, industry_share_floor = lag(industry_share_floor) over (order by fiscal_year) as same from policy_year) y
where same is not true;

insert into policy_parameter (param_key, applies_from, value, unit, source_document, updated_by, updated_at)
select 'funding.leading-share-floor', fiscal_year, leading_share_floor, 'fraction',
       case when updated_by = 'migration'
            then '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：力争2024年衔接资金用于特色主导产业全链条发展的资金占到产业投入资金的50%以上'
            else leading_share_floor_source end,
       updated_by, updated_at
from (select *, leading_share_floor = lag(leading_share_floor) over (order by fiscal_year) as same from policy_year) y
where same is not true;

alter table policy_year
    drop column industry_share_floor,
    drop column industry_share_floor_source,
    drop column leading_share_floor,
    drop column leading_share_floor_source,
    drop column bank_benchmark_rate,
    drop column bank_benchmark_rate_source;
