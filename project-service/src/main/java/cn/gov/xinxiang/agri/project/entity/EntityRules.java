package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;
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
     * Problems beyond per-field Bean Validation, in {@code l}: the credit code's check character (when given: a
     * correction keeps its key) and the level, which a leading enterprise must have and no other kind may.
     */
    public static List<FieldError> problems(String creditCode, EntityDtos.Content c, Language l) {
        List<FieldError> errors = new ArrayList<>();
        if (creditCode != null) {
            CreditCode.problem(creditCode).ifPresent(t -> errors.add(new FieldError("creditCode", t.in(l))));
        }
        if (c.kind() == EntityKind.LEADING_ENTERPRISE && c.level() == null) {
            errors.add(error(l, "level", "entity.level-required"));
        } else if (c.kind() != null && c.kind() != EntityKind.LEADING_ENTERPRISE && c.level() != null) {
            Text kind = new Text("entity-kind." + c.kind().name());
            errors.add(error(l, "level", "entity.level-only-leading", kind));
        }
        return errors;
    }

    private static FieldError error(Language l, String field, String key, Object... args) {
        return new FieldError(field, new Text(key, args).in(l));
    }
}
