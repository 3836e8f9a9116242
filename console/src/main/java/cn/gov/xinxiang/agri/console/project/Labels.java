package cn.gov.xinxiang.agri.console.project;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese names of project-service's coded values, for the console's filters and forms (the API
 * itself answers with the labels of what it returns: statusLabel, typeLabel, ...).
 */
public final class Labels {
    private Labels() {
    }

    public static final Map<String, String> STATUS = ordered(
            "DRAFT", "草稿", "SUBMITTED", "村申报", "TOWNSHIP_REVIEWED", "乡审核", "COUNTY_APPROVED", "县审定", "IN_NOTICE", "公示中",
            "IN_LIBRARY", "已入库", "IN_PROGRESS", "实施中", "COMPLETED", "已竣工", "ACCEPTED", "已验收");

    public static final Map<String, String> INDUSTRY = ordered(
            "SPECIALTY_FARMING", "特色种养", "GREEN_FOOD", "绿色食品", "SPECIALTY_CRAFTS", "特色手工", "CULTURE_TOURISM", "文化旅游",
            "AGRI_SERVICES", "农业社会化服务", "RURAL_WELLNESS", "乡村康养", "OTHER", "其他");

    public static final Map<String, String> MECHANISM = ordered(
            "EMPLOYMENT", "就业务工", "ORDER_PURCHASING", "订单收购", "LAND_TRANSFER", "土地流转", "EQUITY_DIVIDEND", "入股分红",
            "ASSET_LEASE", "资产租赁", "PRODUCTION_TRUSTEESHIP", "生产托管", "TECHNICAL_SERVICE", "技术服务", "COMMISSION_SALES", "产品代销",
            "OTHER", "其他");

    public static final Map<String, String> PARTICIPANT_ROLE = ordered(
            "LEADING_ENTERPRISE", "龙头企业", "BASE", "基地", "COOPERATIVE", "合作社", "FARMING_HOUSEHOLDS", "农户", "FINANCIAL_INSTITUTION", "金融机构");

    public static final Map<String, String> ENTITY_TYPE = ordered(
            "LEADING_ENTERPRISE", "龙头企业", "COOPERATIVE", "农民合作社", "FAMILY_FARM", "家庭农场", "VILLAGE_COLLECTIVE", "村集体经济组织",
            "LARGE_HOUSEHOLD", "专业大户", "FINANCIAL_INSTITUTION", "金融机构", "FARMING_HOUSEHOLDS", "农户", "OTHER", "其他");

    public static final Map<String, String> REVIEW_CHECK = ordered(
            "BENEFITS", "效益", "INTEREST_LINKAGE", "利益联结", "ORGANISATIONAL_GUARANTEE", "组织保障", "FOLLOW_UP_OPERATION", "后续运营");

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
