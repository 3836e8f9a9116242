-- Bulk imports (platform/imports): one row per uploaded file. A job is validated whole and written in
-- one transaction, or not at all; its counts move while it runs, so a client polls
-- GET /api/v1/imports/{id}. The uploaded file is kept until the job ends, so a replica that died mid-job
-- leaves it to be run again (nothing of it was committed).
create table import_job (
    id              uuid         primary key,
    kind            varchar(60)  not null,
    status          varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    file_name       varchar(255),
    file_sha256     varchar(64)  not null,
    file_size       bigint       not null,
    content         bytea,
    total_rows      int          not null default 0,
    processed_rows  int          not null default 0,
    failed_rows     int          not null default 0,
    created_rows    int          not null default 0,
    unchanged_rows  int          not null default 0,
    -- every row's errors: [{"row": 7, "column": "资产类别", "field": "assetClass", "message": "..."}]
    errors          jsonb        not null default '[]',
    error_count     int          not null default 0,
    -- why the job failed as a whole (unreadable file, interrupted too often, a conflicting write)
    detail          text,
    attempts        int          not null default 0,
    created_by      varchar(200) not null,
    creator_role    varchar(20)  not null,
    -- the creator's region: the job is visible in that region's subtree and above
    region_code     varchar(12)  not null,
    created_at      timestamptz  not null,
    started_at      timestamptz,
    heartbeat_at    timestamptz,
    finished_at     timestamptz
);
create index import_job_region on import_job (region_code varchar_pattern_ops, created_at desc);
create index import_job_open on import_job (status, created_at) where status in ('QUEUED', 'RUNNING');
create index import_job_checksum on import_job (kind, file_sha256);
