package cn.gov.xinxiang.agri.project.entity;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading the version tables' timestamps, whichever type the JDBC driver hands back. */
public final class Versions {
    private Versions() {
    }

    public static Instant instant(Object o) {
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (o instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
