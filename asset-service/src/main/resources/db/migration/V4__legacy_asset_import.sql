-- Bulk import of legacy assets (asset-service imports, kind legacy-assets): assets registered and
-- confirmed before this system, with their custody chain. The natural key is the place the asset
-- stands in plus its number in the old ledger, so a file imported twice stores each asset once.
alter table asset
    add column legacy_asset_no     varchar(60),
    add column confirmation_doc_no varchar(100),
    add column source_project_year int,
    add column import_job_id       uuid,
    -- SHA-256 of the imported row's normalised content: the same key with the same content is unchanged,
    -- with different content a row error (corrections change stored assets, not imports)
    add column import_digest       varchar(64);
create unique index asset_legacy_key on asset (region_code, legacy_asset_no) where legacy_asset_no is not null;
