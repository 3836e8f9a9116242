package cn.gov.xinxiang.agri.project.library;

/** A participant's role in the seed's model: leading enterprise + base + cooperative + farming households + finance. */
public enum ParticipantRole {
    LEADING_ENTERPRISE("龙头企业"),
    BASE("基地"),
    COOPERATIVE("合作社"),
    FARMING_HOUSEHOLDS("农户"),
    FINANCIAL_INSTITUTION("金融机构");

    public final String label;

    ParticipantRole(String label) {
        this.label = label;
    }
}
