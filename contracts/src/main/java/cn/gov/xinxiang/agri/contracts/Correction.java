package cn.gov.xinxiang.agri.contracts;

import java.time.Instant;

/**
 * The correction block of an event that carries a new version of a recorded fact (an ownership
 * confirmation, an income inventory, a distribution, a project's results): which version it corrects,
 * why, and who corrected it. Defined once here and in {@code schemas/correction.v1.json}; every
 * payload that can carry a correction names it as its {@code correction} property (absent on a first
 * version). A consumer replaces what it holds of the record with the new version.
 *
 * @param correctsVersion the version this one replaces (the new one is {@code correctsVersion + 1})
 * @param reason          why, in the corrector's words (required)
 * @param by              the corrector's user id (token subject)
 * @param byTier          the corrector's tier: VILLAGE, TOWNSHIP, COUNTY or CITY
 * @param returnedBy      when the tier above returned the record first: that user's id, else null
 * @param returnReason    the reason the tier above gave when it returned the record, else null
 * @param correctedAt     when the correction was recorded
 */
public record Correction(
        int correctsVersion,
        String reason,
        String by,
        String byTier,
        String returnedBy,
        String returnReason,
        Instant correctedAt) {

    public Correction {
        if (correctsVersion < 1) {
            throw new IllegalArgumentException("a correction corrects version 1 or later");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction states its reason");
        }
    }

    /** JSON Schema of the block, referenced by the payload schemas as {@code "$ref": "urn:agri:schema:correction.v1"}. */
    public static final String SCHEMA_ID = "urn:agri:schema:correction.v1";
}
