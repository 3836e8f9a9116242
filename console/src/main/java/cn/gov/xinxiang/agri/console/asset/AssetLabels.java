package cn.gov.xinxiang.agri.console.asset;

import java.util.Map;

/** Chinese names of asset-service's custody codes (entry kinds, tiers, verification faults) for the pages. */
public final class AssetLabels {
    private AssetLabels() {
    }

    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("ASSIGNED", "指定责任人"), Map.entry("HANDOVER_PROPOSED", "发起交接"), Map.entry("HANDOVER_ACCEPTED", "接收交接"),
            Map.entry("HANDOVER_REFUSED", "拒绝交接"), Map.entry("HANDED_OVER", "完成交接"),
            Map.entry("CITY", "市级"), Map.entry("COUNTY", "县级"), Map.entry("TOWNSHIP", "乡镇级"), Map.entry("VILLAGE", "村级"),
            Map.entry("ALTERED", "记录内容被改动"), Map.entry("UNLINKED", "哈希链断开"), Map.entry("OUT_OF_ORDER", "记录缺失或乱序"),
            Map.entry("UNANCHORED", "缺少签名链头"), Map.entry("ANCHOR_FORGED", "链头签名不符"), Map.entry("RECOMPUTED", "记录被改写并重算"),
            Map.entry("TRUNCATED", "末尾记录被删除"), Map.entry("EXTENDED", "链头之后有非本系统写入的记录"),
            Map.entry("POSITIONS_DIFFER", "现任责任人与记录不符"));
}
