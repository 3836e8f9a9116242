package cn.gov.xinxiang.agri.asset.distribution;

public enum LineKind {
    /** 按劳取酬: pay for recorded work (public-welfare jobs, labour), to households with labour capacity. */
    WORK_PAY("务工报酬"),
    /** 基础保障: to households without labour capacity. */
    BASIC_GUARANTEE("基础保障"),
    /** The remainder, to a listed permitted use. */
    PERMITTED_USE("允许用途");

    public final String label;

    LineKind(String label) {
        this.label = label;
    }
}
