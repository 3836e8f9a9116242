-- The records each indicator of an evaluation counted, one row each, instead of a list inside the evidence:
-- at city scale a county's evidence listed tens of thousands of records (megabytes of JSON written, re-read
-- and diffed on every recompute; bench 2026-12-04: recompute p99 2.8 s, out of heap at 12 connections). The
-- evidence keeps per indicator the record count and a sha-256 of the records; GET .../records pages them.
create table evaluation_record (
    evaluation_id    uuid         not null references evaluation (id),
    indicator_code   varchar(64)  not null,
    -- the calculator's order, which the records endpoint pages by
    seq              int          not null,
    source_table     varchar(100) not null,
    -- the record's key fields joined by '/', in the order of KEY_FIELDS in CountedRecords (e.g. assetId/period)
    record_key       varchar(300) not null,
    numerator_part   numeric,
    denominator_part numeric,
    -- the record's other fields, as the calculator listed them
    detail           jsonb        not null,
    primary key (evaluation_id, indicator_code, seq)
);

-- Evaluations stored before: move their records here and leave count and (unknown) fingerprint in the evidence.
insert into evaluation_record (evaluation_id, indicator_code, seq, source_table, record_key, numerator_part, denominator_part, detail)
select e.id, i ->> 'code', r.n - 1, coalesce(r.rec ->> 'table', ''),
       concat_ws('/', r.rec ->> 'allocationId', r.rec ->> 'distributionId', r.rec ->> 'householdId', r.rec ->> 'assetId',
                 r.rec ->> 'projectId', r.rec ->> 'mechanism', r.rec ->> 'assetRef', r.rec ->> 'period'),
       cast(r.rec ->> 'numeratorPart' as numeric), cast(r.rec ->> 'denominatorPart' as numeric),
       r.rec - 'table' - 'numeratorPart' - 'denominatorPart'
from evaluation e
cross join lateral jsonb_array_elements(e.evidence -> 'indicators') as i
cross join lateral jsonb_array_elements(case when jsonb_typeof(i -> 'records') = 'array' then i -> 'records' else '[]'::jsonb end)
    with ordinality as r(rec, n);

update evaluation e set evidence = jsonb_set(e.evidence, '{indicators}', (
        select coalesce(jsonb_agg((i - 'records') || jsonb_build_object('recordCount',
                   case when jsonb_typeof(i -> 'records') = 'array' then jsonb_array_length(i -> 'records') else 0 end) order by n), '[]'::jsonb)
        from jsonb_array_elements(e.evidence -> 'indicators') with ordinality as t(i, n))),
    -- the old fingerprint hashed the record lists; a verification of these compares the numbers and counts instead
    inputs_fingerprint = null
where jsonb_typeof(e.evidence -> 'indicators') = 'array';
