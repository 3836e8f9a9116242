-- Issue 11: a year's results are corrected as a new version with a reason instead of being replaced silently.
-- Every version as it read (the year's mechanisms), append-only.
create table project_result_version (
    project_id    uuid          not null references project (id),
    year          int           not null,
    version_no    int           not null check (version_no >= 1),
    content       jsonb         not null,
    reason        varchar(2000),
    recorded_by   varchar(200)  not null,
    recorded_tier varchar(10)   not null,
    recorded_at   timestamptz   not null,
    primary key (project_id, year, version_no),
    check (version_no = 1 or reason is not null)
);

create function project_result_version_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'project_result_version is append-only: a correction is a new version';
end $$;
create trigger project_result_version_append_only before update or delete on project_result_version
    for each row execute function project_result_version_append_only();
