-- Policy parameters in the suite's uniform shape (platform PolicyParameterStore): one row per key and
-- the year it applies from; the value for a year is the row with the greatest applies_from not after
-- it. Every row is published as policy.changed.v1 (announced_version = the version last published;
-- null = not yet, so the seeded rows go out at the next start).
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

-- The seeded values move over with sources that quote the bureau's reply correctly.
insert into policy_parameter (param_key, applies_from, value, unit, source_document, updated_by, updated_at)
select param_key, year, value,
       case param_key when 'project.notice-min-days' then 'days' else 'count' end,
       case param_key
           when 'project.min-distinct-mechanisms' then '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：确保每个产业项目至少有2个以上联农带农方式发挥作用；国乡振发〔2022〕9号'
           when 'project.notice-min-days' then '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：严把帮扶产业项目入库实施关；公示不少于10天为本系统默认值（答复未定天数），由市局按年确认'
           else '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：每个县（市）研究确立2-3个乡村特色主导产业'
       end,
       'migration', timestamptz '2024-07-26 00:00:00+08'
from policy_param;

-- At evaluation each mechanism must be shown to work: the number of working mechanisms a project
-- needs is its own parameter (evaluation-service reads it from agri.policy), from the same sentence.
insert into policy_parameter (param_key, applies_from, value, unit, source_document, updated_by, updated_at) values
 ('project.min-working-mechanisms', 2021, 2, 'count',
  '新乡市农业农村局对市政协十三届二次会议第095号提案的答复（新农字〔2024〕34号）：确保每个产业项目至少有2个以上联农带农方式发挥作用',
  'migration', timestamptz '2024-07-26 00:00:00+08');

drop table policy_param;
