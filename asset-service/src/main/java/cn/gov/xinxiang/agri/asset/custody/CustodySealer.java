package cn.gov.xinxiang.agri.asset.custody;

import cn.gov.xinxiang.agri.platform.region.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The custody chain of a new asset computed in memory, for bulk writers (the legacy-asset import): one
 * {@code ASSIGNED} entry per named tier, hashed, sealed and with its signed head, exactly what
 * {@link CustodyService#anchorNew} followed by {@link CustodyService#assign} for each tier would store,
 * so {@code GET /assets/{id}/custody/verify} checks an imported chain like any other. The caller writes
 * the rows (custody_entry, custody_position, custody_anchor) in the asset's transaction.
 */
@ApplicationScoped
public class CustodySealer {

    @Inject
    AnchorKey key;

    /** One tier's first custodian. */
    public record Assignment(Tier tier, String regionCode, String unitName, String personName) {
    }

    public record SealedEntry(CustodyChain.Entry entry, String prevHash, String hash, String seal) {
    }

    /** The entries in order and the chain's signed head (seq 0 and the genesis hash when no tier is named). */
    public record SealedChain(UUID assetId, List<SealedEntry> entries, CustodyChain.Anchor anchor) {
    }

    /**
     * @param at the instant of every entry and of the custodians' {@code since} (microsecond precision, as stored)
     */
    public SealedChain assignAll(UUID assetId, List<Assignment> assignments, String actor, String note, Instant at) {
        List<SealedEntry> entries = new ArrayList<>();
        String prev = CustodyChain.GENESIS;
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        int seq = 0;
        for (Assignment a : assignments) {
            seq++;
            CustodyChain.Entry e = new CustodyChain.Entry(assetId, seq, CustodyService.ASSIGNED, a.tier().name(), a.regionCode(), a.unitName(),
                    a.personName(), null, actor, cleanNote, at);
            String hash = CustodyChain.hash(prev, e);
            entries.add(new SealedEntry(e, prev, hash, CustodyChain.seal(key.bytes(), assetId, seq, hash)));
            prev = hash;
        }
        CustodyChain.Anchor unsigned = new CustodyChain.Anchor(seq, prev, 1, null);
        CustodyChain.Anchor anchor = new CustodyChain.Anchor(seq, prev, 1, CustodyChain.sign(key.bytes(), assetId, unsigned));
        return new SealedChain(assetId, entries, anchor);
    }
}
