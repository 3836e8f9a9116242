package cn.gov.xinxiang.agri.project.craftsman;

/** The recognitions of rural craftsmen the seed counts (培育认定). */
public enum CraftsmanLevel {
    CITY("市级乡村工匠"),
    PROVINCIAL_MASTER("省级乡村工匠名师"),
    NATIONAL_MASTER_RECOMMENDED("国家级乡村工匠名师（省推荐）");

    public final String label;

    CraftsmanLevel(String label) {
        this.label = label;
    }
}
