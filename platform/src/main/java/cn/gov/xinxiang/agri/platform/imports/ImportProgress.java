package cn.gov.xinxiang.agri.platform.imports;

/** Lets a handler report how many rows it has checked, so a client polling the job sees it move. */
@FunctionalInterface
public interface ImportProgress {

    /** @param processed rows checked so far (monotonic) */
    void processed(int processed);

    ImportProgress NONE = n -> {
    };
}
