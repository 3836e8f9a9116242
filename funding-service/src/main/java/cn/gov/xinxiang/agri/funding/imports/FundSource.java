package cn.gov.xinxiang.agri.funding.imports;

/** Where a line of a plan's money comes from, as the plan's sources break it down. */
public enum FundSource {
    CENTRAL("中央"),
    PROVINCIAL("省级"),
    CITY("市级"),
    COUNTY("县级");

    public final String label;

    FundSource(String label) {
        this.label = label;
    }
}
