package cn.gov.xinxiang.agri.console.project;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which intake actions the console offers a tier on a project in a status (project-service enforces
 * them again; this only decides which buttons to show). Plain Java, tested alone.
 */
public final class ProjectActions {
    private ProjectActions() {
    }

    public static final String SUBMIT = "submit";
    public static final String TOWNSHIP_APPROVE = "township-approve";
    public static final String COUNTY_APPROVE = "county-approve";
    public static final String START_NOTICE = "notice";
    public static final String ADMIT = "admission";
    public static final String RETURN = "return";

    public static Set<String> available(String role, String status) {
        Set<String> out = new LinkedHashSet<>();
        if (role == null || status == null) {
            return out;
        }
        switch (role + "/" + status) {
            case "village/DRAFT" -> out.add(SUBMIT);
            case "township/SUBMITTED" -> {
                out.add(TOWNSHIP_APPROVE);
                out.add(RETURN);
            }
            case "county/TOWNSHIP_REVIEWED" -> {
                out.add(COUNTY_APPROVE);
                out.add(RETURN);
            }
            case "county/COUNTY_APPROVED" -> out.add(START_NOTICE);
            case "county/IN_NOTICE" -> out.add(ADMIT);
            default -> {
            }
        }
        return out;
    }
}
