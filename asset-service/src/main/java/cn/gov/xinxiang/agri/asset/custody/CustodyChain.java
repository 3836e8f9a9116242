package cn.gov.xinxiang.agri.asset.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The custody history's tamper evidence. Each entry's hash is SHA-256 over the previous entry's hash
 * and the entry's canonical form, so changing, removing or reordering any entry breaks every link
 * after it. That alone cannot show a chain whose last entries were deleted, or one recomputed from
 * an edited entry onwards, so two HMAC-SHA256 signatures with a key the database never sees add what
 * a row edit cannot forge: each entry's <em>seal</em> over (asset, seq, hash), written with it, and
 * the chain's <em>anchor</em> over (asset, head seq, head hash, first sealed seq), kept outside the
 * custody table and re-signed at every append. Plain code: the verify endpoint and the writer share it.
 */
public final class CustodyChain {
    private CustodyChain() {
    }

    public static final String GENESIS = "0".repeat(64);

    /** The hashed content of one entry. */
    public record Entry(UUID assetId, int seq, String kind, String tier, String regionCode, String unitName, String personName,
                        UUID handoverId, String actor, String note, Instant occurredAt) {
    }

    /** An entry as stored, with the links it claims and its seal (null for entries written before sealing). */
    public record Stored(Entry entry, String prevHash, String hash, String seal) {
        public Stored(Entry entry, String prevHash, String hash) {
            this(entry, prevHash, hash, null);
        }
    }

    /**
     * The signed head of a chain.
     *
     * @param sealedFrom the first seq that must carry a seal (1, except for chains begun before sealing)
     * @param signature  HMAC over the other fields; null for a chain not yet anchored
     */
    public record Anchor(int headSeq, String headHash, int sealedFrom, String signature) {
    }

    /** A current custodian as the positions table holds it. */
    public record Position(String tier, String regionCode, String unitName, String personName, Instant since) {
    }

    /** What kind of fault verification found; null when the chain is valid. */
    public enum Fault {
        /** an entry's content no longer matches its hash */
        ALTERED,
        /** an entry does not link to its predecessor's hash */
        UNLINKED,
        /** an entry in the middle is missing, or entries are out of order */
        OUT_OF_ORDER,
        /** there is no signed anchor: the chain was begun before anchoring, or the anchor was removed */
        UNANCHORED,
        /** the anchor's signature does not match its head: the anchor was edited */
        ANCHOR_FORGED,
        /** the hashes link, but an entry is not the one sealed when it was written: rewritten, chain recomputed */
        RECOMPUTED,
        /** the last entries were deleted: the chain ends before its signed head */
        TRUNCATED,
        /** entries follow the signed head that asset-service did not write */
        EXTENDED,
        /** the current custodians on record are not the ones the chain names */
        POSITIONS_DIFFER
    }

    public record Verification(boolean valid, int entries, Integer firstBrokenSeq, String reason, Fault fault) {
        public Verification(boolean valid, int entries, Integer firstBrokenSeq, String reason) {
            this(valid, entries, firstBrokenSeq, reason, null);
        }

        static Verification ok(int entries) {
            return new Verification(true, entries, null, null, null);
        }

        static Verification broken(int entries, Integer seq, Fault fault, String reason) {
            return new Verification(false, entries, seq, reason, fault);
        }
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

    /** Checks the entries' links in stored order; reports the first link that does not hold. */
    public static Verification verify(List<Stored> chain) {
        String expectedPrev = GENESIS;
        for (int i = 0; i < chain.size(); i++) {
            Stored s = chain.get(i);
            int seq = s.entry().seq();
            if (seq != i + 1) {
                return Verification.broken(chain.size(), seq, Fault.OUT_OF_ORDER,
                        "entry " + (i + 1) + " is missing or out of order (found seq " + seq + ")");
            }
            if (!expectedPrev.equals(s.prevHash())) {
                return Verification.broken(chain.size(), seq, Fault.UNLINKED, "entry " + seq + " does not link to the previous entry's hash");
            }
            if (!hash(s.prevHash(), s.entry()).equals(s.hash())) {
                return Verification.broken(chain.size(), seq, Fault.ALTERED,
                        "entry " + seq + " was altered after it was written (its content no longer matches its hash)");
            }
            expectedPrev = s.hash();
        }
        return Verification.ok(chain.size());
    }

    /**
     * Everything verification checks, first fault first: the links; the anchor's signature; each
     * entry's seal (from {@code anchor.sealedFrom}); that the chain ends exactly at the signed head;
     * and that the current custodians on record are the ones the chain names.
     *
     * @param anchor null when the asset has no anchor at all
     */
    public static Verification audit(UUID assetId, List<Stored> chain, Anchor anchor, List<Position> positions, byte[] key) {
        Verification links = verify(chain);
        if (!links.valid()) {
            return links;
        }
        int n = chain.size();
        if (anchor == null || anchor.signature() == null) {
            return Verification.broken(n, null, Fault.UNANCHORED, anchor == null
                    ? "the asset has no custody anchor: its signed head was deleted"
                    : "the chain's head is not signed: it was begun before anchoring and has not been anchored since");
        }
        if (!matches(sign(key, assetId, anchor), anchor.signature())) {
            return Verification.broken(n, null, Fault.ANCHOR_FORGED, "the anchor (head seq " + anchor.headSeq()
                    + ") does not carry asset-service's signature: the head recorded for this chain was edited");
        }
        for (Stored s : chain) {
            int seq = s.entry().seq();
            if (seq > anchor.headSeq()) {
                return Verification.broken(n, seq, Fault.EXTENDED, "entries " + seq + " to " + n + " follow the signed head (entry "
                        + anchor.headSeq() + "): they were not written by asset-service");
            }
            if (seq >= anchor.sealedFrom() && (s.seal() == null || !matches(seal(key, assetId, seq, s.hash()), s.seal()))) {
                return Verification.broken(n, seq, Fault.RECOMPUTED, "entry " + seq + " is not the entry sealed when it was written: "
                        + "it was rewritten and the hashes recomputed from here on");
            }
        }
        if (n < anchor.headSeq()) {
            return Verification.broken(n, n + 1, Fault.TRUNCATED, "the signed head is entry " + anchor.headSeq() + " but the history ends at entry "
                    + n + ": " + (n + 1 == anchor.headSeq() ? "entry " + anchor.headSeq() + " was" : "entries " + (n + 1) + " to " + anchor.headSeq() + " were")
                    + " deleted");
        }
        String headHash = n == 0 ? GENESIS : chain.get(n - 1).hash();
        if (!headHash.equals(anchor.headHash())) {
            // reachable only through entries written before sealing: the rewrite lies somewhere up to the head
            return Verification.broken(n, n, Fault.RECOMPUTED, "the hashes link, but the chain's last entry " + n
                    + " is not the signed head: the chain was recomputed after an edit (somewhere up to entry " + n + ")");
        }
        return positions(chain, positions).orElse(Verification.ok(n));
    }

    /** Replays ASSIGNED and HANDOVER_ACCEPTED entries: the custodian each tier has now, with the entry that named it. */
    static java.util.Map<String, Stored> expectedPositions(List<Stored> chain) {
        java.util.Map<String, Stored> out = new java.util.TreeMap<>();
        for (Stored s : chain) {
            String kind = s.entry().kind();
            if (kind.equals("ASSIGNED") || kind.equals("HANDOVER_ACCEPTED")) {
                out.put(s.entry().tier(), s);
            }
        }
        return out;
    }

    private static java.util.Optional<Verification> positions(List<Stored> chain, List<Position> positions) {
        int n = chain.size();
        java.util.Map<String, Stored> expected = expectedPositions(chain);
        java.util.Map<String, Position> actual = new java.util.TreeMap<>();
        positions.forEach(p -> actual.put(p.tier(), p));
        for (java.util.Map.Entry<String, Stored> x : expected.entrySet()) {
            Entry e = x.getValue().entry();
            Position p = actual.get(x.getKey());
            if (p == null) {
                return java.util.Optional.of(Verification.broken(n, e.seq(), Fault.POSITIONS_DIFFER, "the chain names " + e.unitName() + "/"
                        + e.personName() + " as " + x.getKey() + " custodian (entry " + e.seq() + ") but no current custodian is on record"));
            }
            if (!p.regionCode().equals(e.regionCode()) || !p.unitName().equals(e.unitName()) || !p.personName().equals(e.personName())
                    || !p.since().equals(e.occurredAt())) {
                return java.util.Optional.of(Verification.broken(n, e.seq(), Fault.POSITIONS_DIFFER, "the " + x.getKey() + " custodian on record ("
                        + p.unitName() + "/" + p.personName() + " since " + p.since() + ") is not the one the chain names (entry " + e.seq() + ": "
                        + e.unitName() + "/" + e.personName() + " since " + e.occurredAt() + ")"));
            }
        }
        for (Position p : actual.values()) {
            if (!expected.containsKey(p.tier())) {
                return java.util.Optional.of(Verification.broken(n, null, Fault.POSITIONS_DIFFER, "a " + p.tier() + " custodian is on record ("
                        + p.unitName() + "/" + p.personName() + ") that no entry of the chain names"));
            }
        }
        return java.util.Optional.empty();
    }

    // ---- signatures -----------------------------------------------------------------------------

    /** The seal of one entry: it binds the entry's hash to its asset and place in the chain. */
    public static String seal(byte[] key, UUID assetId, int seq, String hash) {
        return hmac(key, "custody-seal/1|" + assetId + "|" + seq + "|" + hash);
    }

    /** The anchor's signature; a different prefix than the seal, so neither can stand in for the other. */
    public static String sign(byte[] key, UUID assetId, Anchor a) {
        return hmac(key, "custody-anchor/1|" + assetId + "|" + a.headSeq() + "|" + a.headHash() + "|" + a.sealedFrom());
    }

    static String hmac(byte[] key, String message) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison, so a forger learns nothing from response times. */
    private static boolean matches(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }
}
