package cn.gov.xinxiang.agri.asset.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The custody history's tamper evidence: each entry's hash is SHA-256 over the previous entry's hash
 * and the entry's canonical form, so changing, removing or reordering any entry breaks every link
 * after it. Plain code: the verify endpoint and the writer share it.
 */
public final class CustodyChain {
    private CustodyChain() {
    }

    public static final String GENESIS = "0".repeat(64);

    /** The hashed content of one entry. */
    public record Entry(UUID assetId, int seq, String kind, String tier, String regionCode, String unitName, String personName,
                        UUID handoverId, String actor, String note, Instant occurredAt) {
    }

    /** An entry as stored, with the links it claims. */
    public record Stored(Entry entry, String prevHash, String hash) {
    }

    public record Verification(boolean valid, int entries, Integer firstBrokenSeq, String reason) {
    }

    /**
     * Length-prefixed fields in a fixed order: unambiguous (no separator can be forged inside a value)
     * and independent of JSON libraries or locale.
     */
    public static String canonical(Entry e) {
        StringBuilder sb = new StringBuilder("custody-entry/1");
        for (String field : new String[]{e.assetId().toString(), Integer.toString(e.seq()), e.kind(), e.tier(), e.regionCode(),
                e.unitName(), e.personName(), e.handoverId() == null ? "" : e.handoverId().toString(), e.actor(),
                e.note() == null ? "" : e.note(), e.occurredAt().toString()}) {
            sb.append('|').append(field.length()).append(':').append(field);
        }
        return sb.toString();
    }

    public static String hash(String prevHash, Entry e) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            sha.update(canonical(e).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Checks the entries in stored order; reports the first link that does not hold. */
    public static Verification verify(List<Stored> chain) {
        String expectedPrev = GENESIS;
        for (int i = 0; i < chain.size(); i++) {
            Stored s = chain.get(i);
            int seq = s.entry().seq();
            if (seq != i + 1) {
                return new Verification(false, chain.size(), seq, "entry " + (i + 1) + " is missing or out of order (found seq " + seq + ")");
            }
            if (!expectedPrev.equals(s.prevHash())) {
                return new Verification(false, chain.size(), seq, "entry " + seq + " does not link to the previous entry's hash");
            }
            if (!hash(s.prevHash(), s.entry()).equals(s.hash())) {
                return new Verification(false, chain.size(), seq, "entry " + seq + " was altered after it was written (its content no longer matches its hash)");
            }
            expectedPrev = s.hash();
        }
        return new Verification(true, chain.size(), null, null);
    }
}
