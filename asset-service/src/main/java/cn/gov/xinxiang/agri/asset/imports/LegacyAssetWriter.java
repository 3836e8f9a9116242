package cn.gov.xinxiang.agri.asset.imports;

import cn.gov.xinxiang.agri.asset.custody.CustodySealer;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.RegisteredVia;
import cn.gov.xinxiang.agri.contracts.asset.AssetConfirmedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetCustodyChangedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.AssetRegisteredV1;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.outbox.OutboxBatch;
import cn.gov.xinxiang.agri.platform.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores checked legacy assets with JDBC batches on the job's transaction: the assets (confirmed), their
 * custody chains (positions, sealed entries, signed anchors, from {@link CustodySealer}) and their events
 * in the outbox. A few statements per 500 rows, not one round trip per row.
 */
@ApplicationScoped
public class LegacyAssetWriter {

    static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    CustodySealer sealer;

    @Inject
    OutboxBatch outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public int write(UUID jobId, List<LegacyAssetRow> rows, ImportCaller caller) {
        if (rows.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String note = "历史资产导入 " + jobId;
        List<UUID> ids = new ArrayList<>(rows.size());
        List<CustodySealer.SealedChain> chains = new ArrayList<>(rows.size());
        List<OutboxBatch.Pending> events = new ArrayList<>();
        for (LegacyAssetRow r : rows) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            CustodySealer.SealedChain chain = sealer.assignAll(id, r.custodians(), caller.subject(), note, now);
            chains.add(chain);
            Instant confirmedAt = confirmedAt(r);
            events.add(new OutboxBatch.Pending(AssetEvents.AGGREGATE, id.toString(), AssetEvents.REGISTERED_V1,
                    new AssetRegisteredV1(id.toString(), r.name(), r.assetClass().name(), r.value(), r.regionCode(), null, RegisteredVia.IMPORT.name(), now)));
            events.add(new OutboxBatch.Pending(AssetEvents.AGGREGATE, id.toString(), AssetEvents.CONFIRMED_V1,
                    new AssetConfirmedV1(id.toString(), r.assetClass().name(), r.value(), r.regionCode(), r.ownerType().name(), r.ownerName(),
                            r.ownershipNature().name(), confirmedAt)));
            for (CustodySealer.SealedEntry e : chain.entries()) {
                events.add(new OutboxBatch.Pending(AssetEvents.AGGREGATE, id.toString(), AssetEvents.CUSTODY_CHANGED_V1,
                        new AssetCustodyChangedV1(id.toString(), r.regionCode(), e.entry().tier(), "ASSIGNED", e.entry().unitName(), e.entry().personName(),
                                e.hash(), now, e.entry().seq(), e.hash())));
            }
        }
        em.unwrap(Session.class).doWork(c -> {
            assets(c, jobId, rows, ids, caller, now);
            custody(c, chains, now);
            outbox.append(c, events);
        });
        return rows.size();
    }

    /** The confirmation date as the instant the day began in Xinxiang. */
    static Instant confirmedAt(LegacyAssetRow r) {
        return r.confirmedOn().atStartOfDay(ClockProducer.BUSINESS_ZONE).toInstant();
    }

    private static void assets(Connection c, UUID jobId, List<LegacyAssetRow> rows, List<UUID> ids, ImportCaller caller, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into asset (id, name, asset_class, value, region_code, household_id, "
                + "source_project_code, source_project_name, registered_via, in_service_on, status, owner_type, owner_name, owner_region_code, "
                + "owner_household_id, ownership_nature, confirmed_at, confirmed_by, created_by, created_at, updated_at, version, "
                + "legacy_asset_no, confirmation_doc_no, source_project_year, import_job_id, import_digest) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")) {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            for (int i = 0; i < rows.size(); i++) {
                LegacyAssetRow r = rows.get(i);
                int p = 1;
                ps.setObject(p++, ids.get(i));
                ps.setString(p++, r.name());
                ps.setString(p++, r.assetClass().name());
                ps.setBigDecimal(p++, r.value());
                ps.setString(p++, r.regionCode());
                ps.setObject(p++, r.householdId(), Types.OTHER);
                ps.setString(p++, r.sourceProjectCode());
                ps.setString(p++, r.sourceProjectName());
                ps.setString(p++, RegisteredVia.IMPORT.name());
                ps.setObject(p++, r.inServiceOn());
                ps.setString(p++, AssetStatus.CONFIRMED.name());
                ps.setString(p++, r.ownerType().name());
                ps.setString(p++, r.ownerName());
                ps.setString(p++, r.ownerRegionCode());
                ps.setObject(p++, r.ownerType() == cn.gov.xinxiang.agri.asset.register.OwnerType.HOUSEHOLD ? r.householdId() : null, Types.OTHER);
                ps.setString(p++, r.ownershipNature().name());
                ps.setObject(p++, OffsetDateTime.ofInstant(confirmedAt(r), ZoneOffset.UTC));
                ps.setString(p++, caller.subject());
                ps.setString(p++, caller.subject());
                ps.setObject(p++, at);
                ps.setObject(p++, at);
                ps.setString(p++, r.legacyAssetNo());
                ps.setString(p++, r.confirmationDocNo());
                if (r.sourceProjectYear() == null) {
                    ps.setNull(p++, Types.INTEGER);
                } else {
                    ps.setInt(p++, r.sourceProjectYear());
                }
                ps.setObject(p++, jobId);
                ps.setString(p, r.digest());
                ps.addBatch();
                if ((i + 1) % CHUNK == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void custody(Connection c, List<CustodySealer.SealedChain> chains, Instant now) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        try (PreparedStatement anchor = c.prepareStatement("insert into custody_anchor (asset_id, head_seq, head_hash, sealed_from, signature, signed_at) "
                + "values (?, ?, ?, ?, ?, ?)");
             PreparedStatement position = c.prepareStatement("insert into custody_position (asset_id, tier, region_code, unit_name, person_name, since) "
                     + "values (?, ?, ?, ?, ?, ?)");
             PreparedStatement entry = c.prepareStatement("insert into custody_entry (asset_id, seq, kind, tier, region_code, unit_name, person_name, "
                     + "handover_id, actor, note, occurred_at, prev_hash, hash, seal) values (?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (CustodySealer.SealedChain chain : chains) {
                anchor.setObject(1, chain.assetId());
                anchor.setInt(2, chain.anchor().headSeq());
                anchor.setString(3, chain.anchor().headHash());
                anchor.setInt(4, chain.anchor().sealedFrom());
                anchor.setString(5, chain.anchor().signature());
                anchor.setObject(6, at);
                anchor.addBatch();
                for (CustodySealer.SealedEntry e : chain.entries()) {
                    position.setObject(1, chain.assetId());
                    position.setString(2, e.entry().tier());
                    position.setString(3, e.entry().regionCode());
                    position.setString(4, e.entry().unitName());
                    position.setString(5, e.entry().personName());
                    position.setObject(6, OffsetDateTime.ofInstant(e.entry().occurredAt(), ZoneOffset.UTC));
                    position.addBatch();
                    entry.setObject(1, chain.assetId());
                    entry.setInt(2, e.entry().seq());
                    entry.setString(3, e.entry().kind());
                    entry.setString(4, e.entry().tier());
                    entry.setString(5, e.entry().regionCode());
                    entry.setString(6, e.entry().unitName());
                    entry.setString(7, e.entry().personName());
                    entry.setString(8, e.entry().actor());
                    entry.setString(9, e.entry().note());
                    entry.setObject(10, OffsetDateTime.ofInstant(e.entry().occurredAt(), ZoneOffset.UTC));
                    entry.setString(11, e.prevHash());
                    entry.setString(12, e.hash());
                    entry.setString(13, e.seal());
                    entry.addBatch();
                }
                if (++n % CHUNK == 0) {
                    anchor.executeBatch();
                    position.executeBatch();
                    entry.executeBatch();
                }
            }
            anchor.executeBatch();
            position.executeBatch();
            entry.executeBatch();
        }
    }
}
