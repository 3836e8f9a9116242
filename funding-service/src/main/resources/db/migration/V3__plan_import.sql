-- Past annual plans (历年资金计划) imported from XLSX files (import kind annual-plans): a plan of an earlier year
-- enters as published (version 1) with the documents that issued it (下达文号). The import's job and the digest of
-- the year's lines make a second import of the same file change nothing, and one with other lines a row error.
alter table funding_plan
    add column source_document varchar(2000),
    add column import_job_id   uuid,
    add column import_digest   varchar(64);
-- (plan_version comes with V4, which runs after this on a new database: version 1 of an imported plan shows the
-- plan's source_document.)

