package cn.gov.xinxiang.agri.project.library;

/** Industry categories named in the city's reply (特色种养, 绿色食品, ...). */
public enum IndustryCategory {
    SPECIALTY_FARMING("特色种养"),
    GREEN_FOOD("绿色食品"),
    SPECIALTY_CRAFTS("特色手工"),
    CULTURE_TOURISM("文化旅游"),
    AGRI_SERVICES("农业社会化服务"),
    RURAL_WELLNESS("乡村康养"),
    OTHER("其他");

    public final String label;

    IndustryCategory(String label) {
        this.label = label;
    }
}
