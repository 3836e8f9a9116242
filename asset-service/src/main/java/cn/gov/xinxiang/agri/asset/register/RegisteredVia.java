package cn.gov.xinxiang.agri.asset.register;

public enum RegisteredVia {
    /** Taken over from an accepted project (event). */
    PROJECT,
    /** Registered directly: assets formed before this system. */
    LEGACY,
    /** Formed and confirmed before this system, entered by a bulk import (with its custody chain). */
    IMPORT
}
