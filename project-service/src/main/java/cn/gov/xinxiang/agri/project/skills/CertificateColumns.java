package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.imports.ImportColumn;

import java.util.Arrays;
import java.util.List;

import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.CODE;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.DATE;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.Type.TEXT;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.optional;
import static cn.gov.xinxiang.agri.platform.imports.ImportColumn.required;

/**
 * The columns of a certificate, shared by the import template (技能证书导入模板), the CSV import and the JSON API:
 * the keys are the JSON field names, so a problem names the same field whichever way the row came in.
 */
public final class CertificateColumns {
    private CertificateColumns() {
    }

    public static final String HOUSEHOLD_NO = "nationalHouseholdNo";
    public static final String PERSON_NAME = "personName";
    public static final String ID_NUMBER = "idNumber";
    public static final String KIND = "kind";
    public static final String LEVEL = "level";
    public static final String ISSUER = "issuer";
    public static final String CERTIFICATE_NO = "certificateNo";
    public static final String ISSUED_ON = "issuedOn";
    public static final String TRAINING_ID = "trainingId";

    public static final List<ImportColumn> ALL = List.of(
            required(HOUSEHOLD_NO, "户编号", CODE, "持证人所在农户在全国防返贫监测信息系统中的户编号；须为名册中的脱贫户或监测对象", "4107259012010001"),
            required(PERSON_NAME, "持证人姓名", TEXT, "不超过100字", "张小红"),
            required(ID_NUMBER, "身份证号", CODE, "18位身份证号（校验后只保存脱敏号码）或已脱敏的号码", "410725199001011234"),
            required(KIND, "证书类型", TEXT, "", "职业技能等级证书").withChoices(Arrays.stream(CertificateKind.values()).map(k -> k.label).toList()),
            required(LEVEL, "证书等级", TEXT, "也可填五级、初级工等", "五级/初级工").withChoices(Arrays.stream(CertificateLevel.values()).map(l -> l.label).toList()),
            required(ISSUER, "发证机构", TEXT, "不超过200字；同一发证机构的证书编号不得重复", "原阳县人力资源和社会保障局"),
            required(CERTIFICATE_NO, "证书编号", CODE, "不超过60个字符", "S000041070025253000001"),
            required(ISSUED_ON, "发证日期", DATE, "yyyy-mm-dd，不得晚于今天；证书计入发证当年", "2024-05-20"),
            optional(TRAINING_ID, "培训项目ID", CODE, "经由本系统登记的培训项目取得证书时填写（须与农户同县）", ""));
}
