package cn.gov.xinxiang.agri.project.consortium;

/** What a consortium links besides employment, each with a product, a quantity and its unit. */
public enum LinkKind {
    /** Farmers raise or grow for the consortium (带动农户养殖肉羊 6 万余只). */
    CONTRACT_FARMING("带动农户种养"),
    /** The consortium buys from farmers (收购农户花生秧 8000 余亩). */
    PURCHASE("收购农户产品"),
    /** What the consortium built or runs that links farmers (精品民宿 300 余间). */
    CAPACITY("建成规模");

    public final String label;

    LinkKind(String label) {
        this.label = label;
    }
}
