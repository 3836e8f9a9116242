package cn.gov.xinxiang.agri.asset.distribution;

/**
 * What the part of collective income not paid to households may be spent on. The forbidden ones are
 * listed so a request naming them gets a precise refusal rather than "unknown value".
 */
public enum DistributionUse {
    COLLECTIVE_REINVESTMENT("发展壮大村集体经济再投入", true),
    ASSET_MAINTENANCE("产业资产管护维修", true),
    PUBLIC_WELFARE_FACILITIES("村内公益设施管护", true),
    RISK_RESERVE("产业风险防范金", true),
    ADMINISTRATION("村级组织运转、办公经费", false),
    ALLOWANCES("村干部补贴、津贴", false),
    BONUSES("奖金、福利", false),
    DEBT_REPAYMENT("偿还村级债务", false);

    public final String label;
    public final boolean permitted;

    DistributionUse(String label, boolean permitted) {
        this.label = label;
        this.permitted = permitted;
    }
}
