package cn.gov.xinxiang.agri.project.demovillage;

/** Who designated a demonstration village (the seed's 康养示范村 are the province's: 全省康养示范村). */
public enum IssuingLevel {
    NATIONAL("国家级"),
    PROVINCIAL("省级"),
    CITY("市级"),
    COUNTY("县级");

    public final String label;

    IssuingLevel(String label) {
        this.label = label;
    }
}
