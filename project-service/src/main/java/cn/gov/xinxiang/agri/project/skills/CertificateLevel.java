package cn.gov.xinxiang.agri.project.skills;

import java.util.List;

/** Levels of the national vocational skill standard (五级 lowest … 一级 highest); UNGRADED for certificates without one. */
public enum CertificateLevel {
    LEVEL_5("五级/初级工", "五级", "初级工", "初级"),
    LEVEL_4("四级/中级工", "四级", "中级工", "中级"),
    LEVEL_3("三级/高级工", "三级", "高级工", "高级"),
    LEVEL_2("二级/技师", "二级", "技师"),
    LEVEL_1("一级/高级技师", "一级", "高级技师"),
    UNGRADED("不分等级", "无等级", "无");

    public final String label;
    /** What officials also write in spreadsheets for the level. */
    public final List<String> aliases;

    CertificateLevel(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }
}
