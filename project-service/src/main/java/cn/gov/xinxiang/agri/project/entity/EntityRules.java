package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
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
}
