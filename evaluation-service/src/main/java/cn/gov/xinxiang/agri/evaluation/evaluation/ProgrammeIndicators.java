package cn.gov.xinxiang.agri.evaluation.evaluation;

/** The codes of the two indicators project-service's programmes feed (read models of the {@code programmes} package). */
public final class ProgrammeIndicators {

    public static final String CERTIFIED_LABOUR_HOUSEHOLDS = "CERTIFIED_LABOUR_HOUSEHOLDS";
    public static final String ENVOY_PROJECT_COVERAGE = "ENVOY_PROJECT_COVERAGE";

    private ProgrammeIndicators() {
    }

    /** The LIKE pattern of a county's or the city's division codes (410725%, 4107%). */
    static String prefix(Subject subject) {
        String code = subject.regionCode();
        return (subject.type() == SubjectType.CITY ? code.substring(0, 4) : code.substring(0, 6)) + "%";
    }
}
