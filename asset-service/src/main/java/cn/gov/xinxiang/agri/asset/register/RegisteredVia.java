package cn.gov.xinxiang.agri.asset.register;

public enum RegisteredVia {
    /** Taken over from an accepted project (event). */
    PROJECT,
    /** Registered directly: assets formed before this system. */
    LEGACY
}
