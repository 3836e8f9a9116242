-- Judges are users (role judge, token subject = judge_id) assigned to a round; a round lists the projects
-- it appraises, and a judge scores only those.
create table appraisal_project (
    round_id   uuid not null references appraisal_round (id),
    project_id uuid not null,
    primary key (round_id, project_id)
);
insert into appraisal_project (round_id, project_id) select distinct round_id, project_id from appraisal_score;

-- A score sheet can be corrected until the round closes: each correction is a new version with its reason;
-- every version stays readable. appraisal_score holds the current one.
alter table appraisal_score
    add column version_no int    not null default 1,
    add column version    bigint not null default 0;

create table appraisal_score_version (
    sheet_id    uuid          not null references appraisal_score (id),
    version_no  int           not null,
    scores      jsonb         not null,
    total       numeric(8, 2) not null,
    reason      varchar(500),
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null,
    primary key (sheet_id, version_no)
);
insert into appraisal_score_version (sheet_id, version_no, scores, total, recorded_by, recorded_at)
select id, 1, scores, total, recorded_by, recorded_at from appraisal_score;
create index appraisal_judge_subject on appraisal_judge (judge_id);
