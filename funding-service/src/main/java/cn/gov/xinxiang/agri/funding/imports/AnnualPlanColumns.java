package cn.gov.xinxiang.agri.funding.imports;

import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;

import java.util.Arrays;
import java.util.List;

import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.CODE;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.DATE;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.DECIMAL;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.INTEGER;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.TEXT;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.optional;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.required;

/**
 * The columns of the past-annual-plan template (历年资金计划导入模板): one row per money line of a year's plan as the
 * documents issued it (下达): so much of one source (中央/省级/市级/县级) to one county for one use. The rows of a year
 * together make that year's plan.
 */
public final class AnnualPlanColumns {
    private AnnualPlanColumns() {
    }

    public static final String YEAR = "fiscalYear";
    public static final String COUNTY = "countyCode";
    public static final String SOURCE = "source";
    public static final String USE = "use";
    public static final String AMOUNT = "amount";
    public static final String LEADING = "leadingIndustry";
    public static final String PURPOSE = "purposeCode";
    public static final String DOC_NO = "documentNo";
    public static final String ISSUED_ON = "issuedOn";
    public static final String JUSTIFICATION = "justification";

    public static final List<ImportColumn> ALL = List.of(
            required(YEAR, "年度", INTEGER, "计划所属年度，须早于今年；同一年度的各行合成该年度的一份资金计划（已下达，版本1）", "2022"),
            required(COUNTY, "县（市、区）区划代码", CODE, "12位统计用区划代码，新乡市所辖县级单位（此后撤并的也可填写）", "410725000000"),
            required(SOURCE, "资金来源", TEXT, "中央、省级、市级或县级资金", "中央")
                    .withChoices(Arrays.stream(FundSource.values()).map(s -> s.label).toList()),
            required(USE, "资金用途", TEXT, "产业发展、基础设施、就业或其他", "产业发展")
                    .withChoices(Arrays.stream(FundUse.values()).map(u -> u.label).toList()),
            required(AMOUNT, "计划金额（元）", DECIMAL, "单位元，最多两位小数，大于0", "120000000.00"),
            optional(LEADING, "其中特色主导产业（元）", DECIMAL,
                    "仅资金用途为产业发展的行填写：其中用于特色主导产业全链条发展的金额，不超过计划金额；不填为0", "80000000.00"),
            optional(PURPOSE, "具体用途代码", TEXT,
                    "资金具体用途的代码（大写字母、数字、下划线，如 PRODUCTION_FACILITIES）；列入当年负面清单的用途须填写偏离说明", "PRODUCTION_FACILITIES"),
            required(DOC_NO, "下达文号", TEXT, "下达该笔资金的文件文号", "新财农〔2022〕15号"),
            required(ISSUED_ON, "下达日期", DATE, "yyyy-mm-dd，不早于上一年1月1日、不晚于今天；计划的下达时间取该年度最晚的下达日期", "2022-03-15"),
            optional(JUSTIFICATION, "偏离说明", TEXT,
                    "该年度计划低于当年产业发展占比或特色主导产业占比下限、或含负面清单用途时必填（不超过2000字）；同一年度填一行即可，多行填写须一致",
                    "2022年因洪涝灾后重建，基础设施资金占比临时提高，经市政府常务会议研究同意"));
}
