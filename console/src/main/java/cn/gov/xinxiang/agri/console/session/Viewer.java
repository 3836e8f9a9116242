package cn.gov.xinxiang.agri.console.session;

import java.time.Instant;

/**
 * The signed-in user as the token says: subject, role (groups[0]) and region. The token itself is what
 * the console sends to the services.
 */
public record Viewer(String token, String subject, String role, String region, Instant expiresAt) {

    public String roleLabel() {
        return Roles.label(role);
    }

    public boolean is(String r) {
        return r.equals(role);
    }

    public boolean village() {
        return is("village");
    }

    public boolean township() {
        return is("township");
    }

    public boolean county() {
        return is("county");
    }

    public boolean city() {
        return is("city");
    }

    /** City users and auditors see the city overview. */
    public boolean citywide() {
        return (is("city") || is("auditor")) && region != null && region.startsWith("4107") && region.substring(4).chars().allMatch(c -> c == '0');
    }

    /** The 6-digit county part of the region followed by zeros, or null above county level. */
    public String countyCode() {
        if (region == null || region.length() != 12 || region.startsWith("00", 4)) {
            return null;
        }
        return region.substring(0, 6) + "000000";
    }
}
