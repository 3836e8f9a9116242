package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.platform.region.Tier;

/** Who an asset can be confirmed to, and the tier of the region that owner belongs to. */
public enum OwnerType {
    COUNTY_DEPARTMENT("县级行业部门", Tier.COUNTY),
    TOWNSHIP("乡镇", Tier.TOWNSHIP),
    VILLAGE_COLLECTIVE("村集体", Tier.VILLAGE),
    HOUSEHOLD("农户", Tier.VILLAGE);

    public final String label;
    public final Tier tier;

    OwnerType(String label, Tier tier) {
        this.label = label;
        this.tier = tier;
    }
}
