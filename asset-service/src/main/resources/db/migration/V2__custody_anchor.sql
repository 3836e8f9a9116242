-- Tamper evidence without holes. The hash chain of custody_entry shows an edited row, but not a chain
-- whose last entries were deleted, nor one recomputed after an edit. Two HMAC-SHA256 signatures with a
-- key the database never sees (agri.custody.anchor-key) close that: each entry's seal, written with it,
-- and the chain's signed head, kept here, outside custody_entry, and re-signed at every append.

-- One row per asset, created with the asset. The FK is checked at commit: the row is written in the
-- same transaction as its asset.
create table custody_anchor (
    asset_id    uuid        primary key references asset (id) deferrable initially deferred,
    head_seq    int         not null check (head_seq >= 0),
    head_hash   varchar(64) not null,
    -- the first seq that must carry a seal: 1, or after the entries written before this migration
    sealed_from int         not null check (sealed_from >= 1),
    -- HMAC-SHA256 (hex) over asset id, head seq, head hash and sealed_from; null = not anchored yet
    signature   varchar(64),
    signed_at   timestamptz
);

-- HMAC-SHA256 (hex) over asset id, seq and hash; null only for entries written before this migration.
alter table custody_entry add column seal varchar(64);

-- Chains that exist already: their head is pinned now, unsigned (the database has no key). Verification
-- reports them as not anchored until an operator anchors them once (agri.custody.sign-unanchored-on-start).
insert into custody_anchor (asset_id, head_seq, head_hash, sealed_from, signature)
select a.id, coalesce(h.seq, 0), coalesce(h.hash, repeat('0', 64)), coalesce(h.seq, 0) + 1, null
from asset a
left join lateral (select e.seq, e.hash from custody_entry e where e.asset_id = a.id order by e.seq desc limit 1) h on true;
