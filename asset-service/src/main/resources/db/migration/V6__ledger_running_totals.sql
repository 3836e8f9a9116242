-- Running ledger totals (台账合计) per region (the asset's own region code, a village for most) and per the groupings
-- the ledger shows: class, owner type and ownership nature (UNCONFIRMED until confirmed; the owner tier follows
-- from the owner type). The ledger of a county or the city sums these rows by region prefix instead of scanning every
-- asset (bench, issue 15: city ledger p99 168 ms at a fifth of city scale).
--
-- Kept by triggers on asset, so every register change updates them in its own transaction, whichever path writes it
-- (Hibernate entities, the legacy import's JDBC batches, the project-accepted consumer, SQL by hand); a Java hook
-- would have to be remembered by each of them. LedgerTotalsTest checks them against the register itself.
create table ledger_total (
    region_code      varchar(12)   not null,
    asset_class      varchar(20)   not null,
    owner_type       varchar(30)   not null,
    ownership_nature varchar(20)   not null,
    asset_count      bigint        not null,
    total_value      numeric(24,2) not null,
    primary key (region_code, asset_class, owner_type, ownership_nature)
);
-- region-scoped reads filter with region_code LIKE '<prefix>%'
create index ledger_total_region on ledger_total (region_code varchar_pattern_ops);

create function ledger_total_add(r varchar, c varchar, o varchar, n varchar, k bigint, v numeric) returns void
language sql as $$
    insert into ledger_total (region_code, asset_class, owner_type, ownership_nature, asset_count, total_value)
    values (r, c, coalesce(o, 'UNCONFIRMED'), coalesce(n, 'UNCONFIRMED'), k, v)
    on conflict (region_code, asset_class, owner_type, ownership_nature) do update
        set asset_count = ledger_total.asset_count + excluded.asset_count,
            total_value = ledger_total.total_value + excluded.total_value;
$$;

-- A disposed asset leaves the ledger; rows that reach zero stay (the ledger reads asset_count > 0).
create function ledger_total_track() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status <> 'DISPOSED' then
        perform ledger_total_add(old.region_code, old.asset_class, old.owner_type, old.ownership_nature, -1, -old.value);
    end if;
    if tg_op in ('UPDATE', 'INSERT') and new.status <> 'DISPOSED' then
        perform ledger_total_add(new.region_code, new.asset_class, new.owner_type, new.ownership_nature, 1, new.value);
    end if;
    return null;
end
$$;

create function ledger_total_clear() returns trigger
language plpgsql as $$
begin
    delete from ledger_total;
    return null;
end
$$;

-- No writer may slip between the backfill and the triggers (an older replica still running during a rolling update).
lock table asset in share row exclusive mode;

insert into ledger_total (region_code, asset_class, owner_type, ownership_nature, asset_count, total_value)
select region_code, asset_class, coalesce(owner_type, 'UNCONFIRMED'), coalesce(ownership_nature, 'UNCONFIRMED'), count(*), sum(value)
from asset
where status <> 'DISPOSED'
group by 1, 2, 3, 4;

create trigger asset_ledger_total_insert_delete after insert or delete on asset
    for each row execute function ledger_total_track();
-- Hibernate writes every column on any change (custody, batch, contract, version): only changes that move a total count.
create trigger asset_ledger_total_update after update on asset
    for each row when (old.region_code is distinct from new.region_code
        or old.asset_class is distinct from new.asset_class
        or old.value is distinct from new.value
        or old.owner_type is distinct from new.owner_type
        or old.ownership_nature is distinct from new.ownership_nature
        or (old.status = 'DISPOSED') is distinct from (new.status = 'DISPOSED'))
    execute function ledger_total_track();
create trigger asset_ledger_total_truncate after truncate on asset
    for each statement execute function ledger_total_clear();
