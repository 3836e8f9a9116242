package cn.gov.xinxiang.agri.project.entity;

/**
 * Kinds of operating entity (经营主体) the registry keeps. The codes are those of the project participants'
 * {@link cn.gov.xinxiang.agri.project.library.EntityType}, so a participant and a registered entity read alike.
 */
public enum EntityKind {
    LEADING_ENTERPRISE("龙头企业"),
    COOPERATIVE("农民合作社"),
    FAMILY_FARM("家庭农场"),
    VILLAGE_COLLECTIVE("村集体经济组织");

    public final String label;

    EntityKind(String label) {
        this.label = label;
    }
}
