-- The county ranking and the city overview need four small fields of each latest published county evaluation;
-- reading them out of the evidence made PostgreSQL detoast and parse every evidence (megabytes at city scale:
-- each lists every record it counted) on every request (bench 2026-12-04: overview p50 1.3 s, c=32 ran out of
-- heap). Stored generated columns keep them beside the evidence, computed once when the row is written.
alter table evaluation
    add column grade_label text generated always as (evidence ->> 'gradeLabel') stored,
    add column weight_counted numeric generated always as (cast(evidence ->> 'weightCounted' as numeric)) stored,
    add column linked_weighted numeric generated always as (
        cast(jsonb_path_query_first(evidence, '$.indicators[*] ? (@.code == "LINKED_HOUSEHOLDS" && @.hasData == true).weight') #>> '{}' as numeric)
        * cast(jsonb_path_query_first(evidence, '$.indicators[*] ? (@.code == "LINKED_HOUSEHOLDS" && @.hasData == true).score') #>> '{}' as numeric)) stored;

create index evaluation_ranking on evaluation (subject_type, fiscal_year, status, subject_id, version_no desc);
