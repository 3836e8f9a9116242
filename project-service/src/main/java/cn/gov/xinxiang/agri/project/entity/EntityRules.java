package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        return covered ? Decision.allow(region) : Decision.refuse(new Violation(Violation.Kind.FORBIDDEN, "forbidden", "regionCode",
                new Text("entity.region-outside", region.toString())));
    }

    /** A list's name fragment ({@code q}) of at most {@value #MAX_QUERY} characters once stripped (400 on {@code q}). */
    public static List<Violation> queryViolations(String term) {
        return term != null && term.length() > MAX_QUERY ? List.of(Violation.field("q", "entity.query", MAX_QUERY)) : List.of();
    }
}
