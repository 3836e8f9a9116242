package cn.gov.xinxiang.agri.project.library;

/** Kinds of operating entity (经营主体) and other participants. */
public enum EntityType {
    LEADING_ENTERPRISE("龙头企业"),
    COOPERATIVE("农民合作社"),
    FAMILY_FARM("家庭农场"),
    VILLAGE_COLLECTIVE("村集体经济组织"),
    LARGE_HOUSEHOLD("专业大户"),
    FINANCIAL_INSTITUTION("金融机构"),
    FARMING_HOUSEHOLDS("农户"),
    OTHER("其他");

    public final String label;

    EntityType(String label) {
        this.label = label;
    }
}
