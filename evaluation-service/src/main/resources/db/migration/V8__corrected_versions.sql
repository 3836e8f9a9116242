-- Issue 11: corrections arrive as new versions of the same fact (income-recorded.v1 with version and a correction block,
-- distribution-status-changed.v1 PUBLISHED of a later version). The read models keep the newest version and why it changed.
alter table observed_asset_income
    add column version_no        int not null default 1,
    add column correction_reason varchar(2000);
alter table observed_distribution
    add column version_no        int not null default 1,
    add column correction_reason varchar(2000);
alter table observed_asset
    add column confirmation_version int not null default 1;

update indicator_definition set data_source = 'observed_distribution (asset.distribution-status-changed.v1 PUBLISHED, earlier asset.distribution-recorded.v1: targetAmount / income)'
 where code = 'DISTRIBUTION_SHARE' and data_source like 'observed_distribution (asset.distribution-recorded.v1%';
