package cn.gov.xinxiang.agri.platform.consumer;

/** Why a record is parked. */
public enum DeadLetterKind {
    /** Malformed, or breaks a rule: retrying cannot help; it was parked on its first try. */
    POISON,
    /** Failed for what looked like a passing reason on every try (database away, lock timeout). */
    TRANSIENT,
    /** Never tried: an earlier event of the same key is parked, and order per key must hold. */
    HELD
}
