package cn.gov.xinxiang.agri.project.imports;

import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.project.library.EntityType;
import cn.gov.xinxiang.agri.project.library.IndustryCategory;
import cn.gov.xinxiang.agri.project.library.MechanismType;
import cn.gov.xinxiang.agri.project.library.ParticipantRole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.CODE;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.DATE;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.DECIMAL;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.INTEGER;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.TEXT;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.optional;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.required;

/** The columns of the library-project template (历史入库项目导入模板). Up to three mechanisms; the first two are required. */
public final class LibraryProjectColumns {
    private LibraryProjectColumns() {
    }

    public static final String CODE_KEY = "code";
    public static final String NAME = "name";
    public static final String YEAR = "fiscalYear";
    public static final String REGION = "regionCode";
    public static final String CATEGORY = "industryCategory";
    public static final String LEADING = "leadingIndustryCode";
    public static final String LINKAGE = "linkageFunds";
    public static final String OTHER_FISCAL = "otherFiscal";
    public static final String SELF_RAISED = "selfRaised";
    public static final String CREDIT = "credit";
    public static final String ADMITTED_ON = "admittedOn";
    public static final String ENTITY_NAME = "entityName";
    public static final String ENTITY_TYPE = "entityType";
    public static final String ENTITY_ROLE = "entityRole";
    public static final String CREDIT_CODE = "creditCode";
    public static final int MECHANISMS = 3;

    public static String mechanism(int i) {
        return "mechanism" + i + "Type";
    }

    public static String poverty(int i) {
        return "mechanism" + i + "PovertyAlleviated";
    }

    public static String monitored(int i) {
        return "mechanism" + i + "Monitored";
    }

    public static String others(int i) {
        return "mechanism" + i + "Other";
    }

    public static String income(int i) {
        return "mechanism" + i + "IncomePerHousehold";
    }

    public static final List<ImportColumn> ALL;

    static {
        List<ImportColumn> c = new ArrayList<>(List.of(
                required(CODE_KEY, "项目编号", TEXT, "项目库中的项目编号，唯一；同一项目重复导入不会重复入库", "XM2021-410725-00031"),
                required(NAME, "项目名称", TEXT, "不超过200字", "2021年城关一村肉羊养殖项目"),
                required(YEAR, "项目年度", INTEGER, "入库的年度", "2021"),
                required(REGION, "实施地区划代码", CODE, "实施项目的村或乡镇的12位统计用区划代码", "410725901201"),
                required(CATEGORY, "产业类别", TEXT, "", "特色种养").withChoices(Arrays.stream(IndustryCategory.values()).map(x -> x.label).toList()),
                optional(LEADING, "特色主导产业代码", TEXT, "属于本县当年特色主导产业的，填该产业的代码（须已在系统中登记）", "YY-SHEEP"),
                required(LINKAGE, "衔接资金（元）", DECIMAL, "投资中的衔接资金，元", "800000.00"),
                optional(OTHER_FISCAL, "其他财政资金（元）", DECIMAL, "不填为0", "100000.00"),
                optional(SELF_RAISED, "自筹资金（元）", DECIMAL, "不填为0", "100000.00"),
                optional(CREDIT, "信贷资金（元）", DECIMAL, "不填为0", "0"),
                required(ADMITTED_ON, "入库日期", DATE, "yyyy-mm-dd；项目按此日期入库（状态为已入库）", "2021-04-15"),
                required(ENTITY_NAME, "经营主体名称", TEXT, "", "原阳县鑫农肉羊养殖专业合作社"),
                required(ENTITY_TYPE, "经营主体类型", TEXT, "", "农民合作社").withChoices(Arrays.stream(EntityType.values()).map(x -> x.label).toList()),
                required(ENTITY_ROLE, "主体角色", TEXT, "", "合作社").withChoices(Arrays.stream(ParticipantRole.values()).map(x -> x.label).toList()),
                optional(CREDIT_CODE, "统一社会信用代码", CODE, "18位，校验位须正确", "93410725MA9G0XXXXX")));
        List<String> types = Arrays.stream(MechanismType.values()).map(x -> x.label).toList();
        for (int i = 1; i <= MECHANISMS; i++) {
            boolean req = i <= 2;
            String n = Integer.toString(i);
            c.add(new ImportColumn(mechanism(i), "联农带农方式" + n, req, TEXT, "每个项目至少具备当年政策规定种数（默认2种）的不同联农带农方式", i == 1 ? "就业务工" : "入股分红", types));
            c.add(new ImportColumn(poverty(i), "方式" + n + "带动脱贫户数", req, INTEGER, "", "30", List.of()));
            c.add(new ImportColumn(monitored(i), "方式" + n + "带动监测户数", false, INTEGER, "不填为0", "5", List.of()));
            c.add(new ImportColumn(others(i), "方式" + n + "带动其他农户数", false, INTEGER, "不填为0", "10", List.of()));
            c.add(new ImportColumn(income(i), "方式" + n + "户均增收（元）", req, DECIMAL, "每户每年预期增收，元", "3000.00", List.of()));
        }
        ALL = List.copyOf(c);
    }
}
