package cn.gov.xinxiang.agri.platform.consumer;

/** Where a dead letter stands. Only PARKED ones are unresolved (counted, replayable, holding their key). */
public enum DeadLetterStatus {
    PARKED,
    /** Replayed through the inbox: applied, or found already applied. */
    REPLAYED,
    /** An operator decided it must never apply (with a note); it no longer holds its key. */
    DISCARDED
}
