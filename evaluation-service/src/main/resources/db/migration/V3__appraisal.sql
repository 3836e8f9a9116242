-- On-site appraisal (观摩评比): rounds with their criteria and judges; one score sheet per judge and project.
create table appraisal_round (
    id           uuid         primary key,
    fiscal_year  int          not null,
    name         varchar(200) not null,
    status       varchar(12)  not null check (status in ('OPEN', 'PUBLISHED')),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null,
    published_at timestamptz,
    version      bigint       not null default 0
);
create index appraisal_round_year on appraisal_round (fiscal_year);

create table appraisal_criterion (
    round_id  uuid          not null references appraisal_round (id),
    code      varchar(40)   not null,
    name      varchar(200)  not null,
    max_score numeric(6, 2) not null check (max_score > 0),
    position  int           not null,
    primary key (round_id, code)
);

create table appraisal_judge (
    round_id uuid         not null references appraisal_round (id),
    judge_id varchar(100) not null,
    name     varchar(100) not null,
    primary key (round_id, judge_id)
);

create table appraisal_score (
    id          uuid          primary key,
    round_id    uuid          not null references appraisal_round (id),
    judge_id    varchar(100)  not null,
    project_id  uuid          not null,
    region_code varchar(12)   not null,
    scores      jsonb         not null,
    total       numeric(8, 2) not null,
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null,
    -- a judge scores a project once per round
    constraint appraisal_score_once unique (round_id, judge_id, project_id),
    foreign key (round_id, judge_id) references appraisal_judge (round_id, judge_id)
);
create index appraisal_score_round on appraisal_score (round_id, region_code varchar_pattern_ops);
