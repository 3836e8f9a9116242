package cn.gov.xinxiang.agri.asset.imports;

import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.Arrays;
import java.util.List;

import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.CODE;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.DATE;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.DECIMAL;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.INTEGER;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.TEXT;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.optional;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.required;

/** The columns of the legacy-asset template (历史资产确权及管护责任导入模板). */
public final class LegacyAssetColumns {
    private LegacyAssetColumns() {
    }

    public static final String LEGACY_NO = "legacyAssetNo";
    public static final String NAME = "name";
    public static final String ASSET_CLASS = "assetClass";
    public static final String VALUE = "value";
    public static final String REGION = "regionCode";
    public static final String IN_SERVICE = "inServiceOn";
    public static final String OWNER_TYPE = "ownerType";
    public static final String OWNER_NAME = "ownerName";
    public static final String OWNER_REGION = "ownerRegionCode";
    public static final String NATURE = "ownershipNature";
    public static final String HOUSEHOLD_NO = "householdNo";
    public static final String CONFIRMED_ON = "confirmedOn";
    public static final String DOC_NO = "confirmationDocNo";
    public static final String PROJECT_NAME = "sourceProjectName";
    public static final String PROJECT_CODE = "sourceProjectCode";
    public static final String PROJECT_YEAR = "sourceProjectYear";

    public static String unit(Tier t) {
        return t.name().toLowerCase() + "CustodianUnit";
    }

    public static String person(Tier t) {
        return t.name().toLowerCase() + "CustodianPerson";
    }

    static final List<Tier> TIERS = List.of(Tier.CITY, Tier.COUNTY, Tier.TOWNSHIP, Tier.VILLAGE);

    public static final List<ImportColumn> ALL = List.of(
            required(LEGACY_NO, "原资产编号", TEXT, "原台账中的资产编号；与所在地区划代码一起唯一标识该资产，同一资产重复导入不会重复登记", "YY-2019-0012"),
            required(NAME, "资产名称", TEXT, "不超过200字", "城关一村肉羊养殖圈舍"),
            required(ASSET_CLASS, "资产类别", TEXT, "经营性、公益性或到户类", "经营性")
                    .withChoices(Arrays.stream(AssetClass.values()).map(c -> c.label).toList()),
            required(VALUE, "资产价值（元）", DECIMAL, "单位元，最多两位小数", "1500000.00"),
            required(REGION, "所在地区划代码", CODE, "资产所在村或乡镇的12位统计用区划代码（到户类资产在农户所在村）", "410725901201"),
            optional(IN_SERVICE, "投入使用日期", DATE, "yyyy-mm-dd；不填则取确权日期", "2019-10-01"),
            required(OWNER_TYPE, "所有者类型", TEXT, "县级行业部门、乡镇、村集体或农户", "村集体")
                    .withChoices(Arrays.stream(OwnerType.values()).map(c -> c.label).toList()),
            required(OWNER_NAME, "所有者名称", TEXT, "确权登记的所有者", "城关一村股份经济合作社"),
            optional(OWNER_REGION, "所有者区划代码", CODE, "不填则取资产所在地对应层级的区划代码（村集体为所在村）", "410725901201"),
            required(NATURE, "所有权性质", TEXT, "确权到村必须为集体所有；确权到县级部门或乡镇可为国有；到户类为农户所有", "集体所有")
                    .withChoices(Arrays.stream(OwnershipNature.values()).map(c -> c.label).toList()),
            optional(HOUSEHOLD_NO, "农户户编号", TEXT, "仅到户类资产填写：帮扶对象名册中的全国户编号", "4107259012010001"),
            required(CONFIRMED_ON, "确权日期", DATE, "yyyy-mm-dd，不晚于今天", "2020-05-20"),
            required(DOC_NO, "确权文书编号", TEXT, "确权登记的文书（证书）编号", "原农确〔2020〕12号"),
            optional(PROJECT_NAME, "来源项目名称", TEXT, "形成该资产的帮扶项目（如有）", "2019年城关一村肉羊养殖项目"),
            optional(PROJECT_CODE, "来源项目编号", TEXT, "如有", "XM2019-410725-00012"),
            optional(PROJECT_YEAR, "项目年度", INTEGER, "项目实施年度（如有）", "2019"),
            optional(unit(Tier.CITY), "市级责任单位", TEXT, "市级领管责任单位；与责任人同填或同不填，可在系统中补充", "新乡市农业农村局"),
            optional(person(Tier.CITY), "市级责任人", TEXT, "", "王建国"),
            optional(unit(Tier.COUNTY), "县级责任单位", TEXT, "县级统管责任单位；与责任人同填或同不填，可在系统中补充", "原阳县农业农村局"),
            optional(person(Tier.COUNTY), "县级责任人", TEXT, "", "李红"),
            required(unit(Tier.TOWNSHIP), "乡镇责任单位", TEXT, "乡镇辖管责任单位", "城关镇人民政府"),
            required(person(Tier.TOWNSHIP), "乡镇责任人", TEXT, "", "赵强"),
            optional(unit(Tier.VILLAGE), "村级责任单位", TEXT, "村级直管责任单位；资产在村的必填，在乡镇的不填", "城关一村村民委员会"),
            optional(person(Tier.VILLAGE), "村级责任人", TEXT, "资产在村的必填", "张伟"));
}
