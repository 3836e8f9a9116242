package cn.gov.xinxiang.agri.project.envoy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The envoys' coverage of library projects in a county and year: of the projects of that fiscal year that are in
 * the library or beyond it (入库, 实施, 竣工, 验收), the share linked to at least one envoy. Plain code, so the rule
 * evaluation may use is tested on its own.
 *
 * @param share served / library projects, four decimals rounded half-up; null when the county has no library project
 *              that year (no share, rather than 0% or 100%)
 */
public record EnvoyCoverage(long libraryProjects, long served, BigDecimal share) {

    public static EnvoyCoverage of(long libraryProjects, long served) {
        if (libraryProjects < 0 || served < 0 || served > libraryProjects) {
            throw new IllegalArgumentException("served " + served + " of " + libraryProjects + " library projects");
        }
        BigDecimal share = libraryProjects == 0 ? null
                : BigDecimal.valueOf(served).divide(BigDecimal.valueOf(libraryProjects), 4, RoundingMode.HALF_UP);
        return new EnvoyCoverage(libraryProjects, served, share);
    }
}
