package cn.gov.xinxiang.agri.platform.imports;

import java.util.List;

/** What a row validator makes of one row: the typed row when it is right, and every problem it found. */
public interface CheckedRow<R> {

    /** The typed row; only meaningful when {@link #ok()}. */
    R row();

    List<ImportError> errors();

    default boolean ok() {
        return errors().isEmpty();
    }
}
