package cn.gov.xinxiang.agri.asset.imports;

import cn.gov.xinxiang.agri.testing.XlsxFiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds legacy-asset workbooks the way a clerk fills the template: Chinese headers, one asset a row. */
final class LegacyAssetFiles {
    private LegacyAssetFiles() {
    }

    static final List<String> HEADERS = List.of("*原资产编号", "*资产名称", "*资产类别", "*资产价值（元）", "*所在地区划代码", "投入使用日期",
            "*所有者类型", "*所有者名称", "所有者区划代码", "*所有权性质", "农户户编号", "*确权日期", "*确权文书编号", "来源项目名称", "来源项目编号",
            "项目年度", "市级责任单位", "市级责任人", "县级责任单位", "县级责任人", "*乡镇责任单位", "*乡镇责任人", "村级责任单位", "村级责任人");

    /** A good row: an operating village asset confirmed to the village collective, four custodians. */
    static Map<String, Object> villageAsset(String no, String village, BigDecimal value) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("*原资产编号", no);
        r.put("*资产名称", "肉羊养殖圈舍" + no);
        r.put("*资产类别", "经营性");
        r.put("*资产价值（元）", value.doubleValue());
        r.put("*所在地区划代码", village);
        r.put("投入使用日期", "2019-10-01");
        r.put("*所有者类型", "村集体");
        r.put("*所有者名称", "城关一村股份经济合作社");
        r.put("*所有权性质", "集体所有");
        r.put("*确权日期", "2020-05-20");
        r.put("*确权文书编号", "原农确〔2020〕" + no + "号");
        r.put("来源项目名称", "2019年肉羊养殖项目");
        r.put("项目年度", 2019);
        r.put("市级责任单位", "新乡市农业农村局");
        r.put("市级责任人", "王建国");
        r.put("县级责任单位", "原阳县农业农村局");
        r.put("县级责任人", "李红");
        r.put("*乡镇责任单位", "城关镇人民政府");
        r.put("*乡镇责任人", "赵强");
        r.put("村级责任单位", "村民委员会");
        r.put("村级责任人", "张伟");
        return r;
    }

    static byte[] workbook(List<Map<String, Object>> rows) {
        return XlsxFiles.workbook("历史资产", HEADERS, rows);
    }

    static List<Map<String, Object>> many(String prefix, int n) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String[] villages = {"410725901201", "410725901202", "410725901203"};
        for (int i = 0; i < n; i++) {
            Map<String, Object> r = villageAsset(prefix + "-" + i, villages[i % 3], new BigDecimal(100_000 + i * 1000L).add(new BigDecimal("0.25")));
            if (i % 10 == 0) {
                // some stand in the township, confirmed to it as state-owned, with township and city custodians only
                r.put("*所在地区划代码", "410725901000");
                r.put("*所有者类型", "乡镇");
                r.put("*所有者名称", "城关镇人民政府");
                r.put("*所有权性质", "国有");
                r.remove("村级责任单位");
                r.remove("村级责任人");
                r.remove("县级责任单位");
                r.remove("县级责任人");
            }
            rows.add(r);
        }
        return rows;
    }
}
