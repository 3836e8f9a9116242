-- The list page's common shape (county, or a region inside one, + fiscal year, newest first, 20 a page, with its
-- total): the county and year as equalities, then the order, so a page reads its 20 index entries in order with no
-- sort, and region_code included so the page's count(*) and the scope's LIKE clauses run as an index-only scan.
-- The list's tie-break is now id in the same direction as created_at (one direction a keyset page can follow), so
-- project_created, the city-wide list's index, is rebuilt to match. Both are built from the rows already stored.
create index project_county_year_created on project (county_code, fiscal_year, created_at desc, id desc) include (region_code);
drop index project_created;
create index project_created on project (created_at desc, id desc);
analyze project;
