package cn.gov.xinxiang.agri.project.consortium;

/**
 * What a member does in a consortium, after the seed's pattern: the leading enterprise drives (the lead), village
 * collective economic organisations collaborate, new-type operating entities take on production, bases produce.
 */
public enum MemberRole {
    BASE("生产基地"),
    UNDERTAKER("承接主体"),
    COLLABORATOR("协作主体"),
    PARTNER("配套企业");

    public final String label;

    MemberRole(String label) {
        this.label = label;
    }
}
