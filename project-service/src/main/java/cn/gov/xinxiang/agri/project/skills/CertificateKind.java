package cn.gov.xinxiang.agri.project.skills;

/** Kinds of skills certificate (技能证书) the human-resources department and industry bodies issue. */
public enum CertificateKind {
    SKILL_LEVEL("职业技能等级证书"),
    VOCATIONAL_QUALIFICATION("职业资格证书"),
    SPECIALTY_ABILITY("专项职业能力证书"),
    SPECIAL_OPERATION("特种作业操作证"),
    OTHER("其他技能证书");

    public final String label;

    CertificateKind(String label) {
        this.label = label;
    }
}
