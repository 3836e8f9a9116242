package cn.gov.xinxiang.agri.platform.security;

import cn.gov.xinxiang.agri.platform.region.Tier;

import java.util.Optional;

/** The roles a token may carry in its {@code groups} claim, and the tier each acts at. */
public enum Role {
    CITY("city", Tier.CITY, "领管"),
    COUNTY("county", Tier.COUNTY, "统管"),
    TOWNSHIP("township", Tier.TOWNSHIP, "辖管"),
    VILLAGE("village", Tier.VILLAGE, "直管"),
    /** Reads everything within its region, changes nothing. */
    AUDITOR("auditor", null, "审计"),
    /** Integrating systems (national monitoring, finance). */
    SERVICE("service", null, "系统"),
    /**
     * An on-site appraisal judge (观摩评比评委): a person from any tier (its region names where they
     * work), who sees and scores only the appraisal rounds they are assigned to, nothing else.
     */
    JUDGE("judge", null, "评委");

    public static final String N_CITY = "city";
    public static final String N_COUNTY = "county";
    public static final String N_TOWNSHIP = "township";
    public static final String N_VILLAGE = "village";
    public static final String N_AUDITOR = "auditor";
    public static final String N_SERVICE = "service";
    public static final String N_JUDGE = "judge";

    public final String claim;
    /** The tier the user's region must be of; null where any tier is allowed. */
    public final Tier tier;
    public final String label;

    Role(String claim, Tier tier, String label) {
        this.claim = claim;
        this.tier = tier;
        this.label = label;
    }

    public static Optional<Role> fromClaim(String claim) {
        for (Role r : values()) {
            if (r.claim.equals(claim)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
