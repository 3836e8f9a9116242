-- Bulk import of library projects admitted before this system (project-service imports, kind
-- library-projects). The natural key is the project code (unique already); the digest of the imported
-- row tells a re-import of the same content (unchanged) from a conflicting one (a row error).
alter table project
    add column import_job_id uuid,
    add column import_digest varchar(64);
