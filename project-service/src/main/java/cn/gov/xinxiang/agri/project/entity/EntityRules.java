package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Content rules of the registry, plain Java so they are tested without a container. */
public final class EntityRules {
    private EntityRules() {
    }

    /** Codes are written in upper case; people type them in either, and with stray spaces. */
    public static String normalise(String creditCode) {
        return creditCode == null ? null : creditCode.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * What is wrong beyond per-field Bean Validation, each on its field (400): the credit code's check character (when
     * given: a correction keeps its key) and the level, which a leading enterprise must have and no other kind may.
     */
    public static List<Violation> violations(String creditCode, EntityDtos.Content c) {
        List<Violation> errors = new ArrayList<>();
        if (creditCode != null) {
            CreditCode.problem(creditCode).ifPresent(t -> errors.add(Violation.field("creditCode", t.key(), t.args())));
        }
        if (c.kind() == EntityKind.LEADING_ENTERPRISE && c.level() == null) {
            errors.add(Violation.field("level", "entity.level-required"));
        } else if (c.kind() != null && c.kind() != EntityKind.LEADING_ENTERPRISE && c.level() != null) {
            errors.add(Violation.field("level", "entity.level-only-leading", new Text("entity-kind." + c.kind().name())));
        }
        return errors;
    }

    /**
     * Where an entity is registered and the leading industry it names, each on its field (400): a well-formed code
     * ({@code region} null when it is not), a region the directory knows, of the county tier or below, and a leading
     * industry the county has had ({@code leading}: in any year; only asked when a code and such a region are given).
     */
    public static List<Violation> placementViolations(RegionCode region, boolean known, String leadingIndustryCode, boolean leading,
                                                      String countyName) {
        List<Violation> errors = new ArrayList<>();
        if (region == null) {
            errors.add(Violation.field("regionCode", "region.code-format"));
        } else if (!known) {
            errors.add(Violation.field("regionCode", "region.unknown", region.toString()));
        } else if (region.tier().ordinal() < Tier.COUNTY.ordinal()) {
            errors.add(Violation.field("regionCode", "entity.region-tier"));
        }
        if (leadingIndustryCode != null && region != null && region.tier().ordinal() >= Tier.COUNTY.ordinal() && !leading) {
            errors.add(Violation.field("leadingIndustryCode", "entity.not-leading-industry", leadingIndustryCode, countyName));
        }
        return errors;
    }

    /** The longest name fragment a list searches for. */
    static final int MAX_QUERY = 50;

    /** A code registered already is a conflict (409 {@code entity-exists}, also on {@code creditCode}); else the code. */
    public static Decision<String> newEntry(String creditCode, boolean registered) {
        return registered
                ? Decision.refuse(Violation.state("entity-exists", "entity.exists", creditCode), Violation.field("creditCode", "entity.exists-field"))
                : Decision.allow(creditCode);
    }

    /** An entity is registered in a region the caller's covers: 403 {@code entity.region-outside}, also on {@code regionCode}. */
    public static Decision<RegionCode> inCallerRegion(RegionCode region, boolean covered) {
        return covered ? Decision.allow(region) : Decision.refuse(Violation.forbiddenOn("regionCode", "entity.region-outside",
                region.toString()));
    }

    /** A list's name fragment ({@code q}) of at most {@value #MAX_QUERY} characters once stripped (400 on {@code q}). */
    public static List<Violation> queryViolations(String term) {
        return term != null && term.length() > MAX_QUERY ? List.of(Violation.field("q", "entity.query", MAX_QUERY)) : List.of();
    }

    /**
     * An entity linked to a project (400, each on {@code creditCode}): a well-formed code, registered ({@code registered}
     * null when not, or when the code is malformed), and registered in the project's county. The entity when allowed.
     *
     * @param countyName a county's name by its code, for the message
     */
    public static Decision<OperatingEntity> linkable(String creditCode, OperatingEntity registered, String projectCounty,
                                                     Function<String, String> countyName) {
        Optional<Text> malformed = CreditCode.problem(creditCode);
        if (malformed.isPresent()) {
            return Decision.refuse(Violation.field("creditCode", malformed.get().key(), malformed.get().args()));
        }
        if (registered == null) {
            return Decision.refuse(Violation.field("creditCode", "entity.not-registered", creditCode));
        }
        if (!registered.countyCode.equals(projectCounty)) {
            return Decision.refuse(Violation.field("creditCode", "entity.other-county", creditCode, countyName.apply(registered.countyCode),
                    countyName.apply(projectCounty)));
        }
        return Decision.allow(registered);
    }

    /** An entity is linked to a project once per role: linking it again is a conflict (409 {@code entity-linked}). */
    public static Decision<ProjectEntityRole> newLink(boolean inserted, String entityName, ProjectEntityRole role) {
        return inserted ? Decision.allow(role)
                : Decision.refuse(Violation.state("entity-linked", "entity.linked", entityName, new Text("project-entity-role." + role.name())));
    }
}
