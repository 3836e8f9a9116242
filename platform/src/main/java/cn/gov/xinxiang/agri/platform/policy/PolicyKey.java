package cn.gov.xinxiang.agri.platform.policy;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import java.math.BigDecimal;

/**
 * A policy parameter a service owns: what it means, its unit and the range a city user may set. The
 * meaning and range are code (a rule reads the key); the values per year are data in
 * {@code policy_parameter}.
 *
 * @param key   owner-prefixed, lower-case: {@code asset.benchmark-rate}
 * @param label what the number is, in the bureau's words
 */
public record PolicyKey(String key, String label, Unit unit, BigDecimal min, BigDecimal max) {

    public enum Unit {
        /** 0.015 = 1.5%, at most 6 decimals. */
        FRACTION("fraction", 6),
        /** Whole days. */
        DAYS("days", 0),
        /** A whole number of things. */
        COUNT("count", 0);

        public final String code;
        public final int scale;

        Unit(String code, int scale) {
            this.code = code;
            this.scale = scale;
        }

        public static Unit of(String code) {
            for (Unit u : values()) {
                if (u.code.equals(code)) {
                    return u;
                }
            }
            throw new IllegalArgumentException("unknown policy unit " + code);
        }
    }

    public PolicyKey {
        if (!key.matches("[a-z]+\\.[a-z0-9-]+") || key.length() > 64) {
            throw new IllegalArgumentException("a policy key is <owner>.<name> in lower case: " + key);
        }
    }

    public static PolicyKey fraction(String key, String label) {
        return new PolicyKey(key, label, Unit.FRACTION, BigDecimal.ZERO, BigDecimal.ONE);
    }

    public static PolicyKey whole(String key, String label, Unit unit, int min, int max) {
        return new PolicyKey(key, label, unit, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
    }

    /** How a value reads for people: 1.5%, 30天, 2. */
    public static String display(BigDecimal value, Unit unit) {
        return switch (unit) {
            case FRACTION -> value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case DAYS -> value.stripTrailingZeros().toPlainString() + "天";
            case COUNT -> value.stripTrailingZeros().toPlainString();
        };
    }

    /** Null when the value fits; otherwise what is wrong with it (a bundle text: {@code policy.value-*}). */
    public Text check(BigDecimal value) {
        Text unitName = new Text("policy-unit." + unit.code);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return new Text("policy.value-range", min.toPlainString(), max.toPlainString(), unitName);
        }
        if (value.stripTrailingZeros().scale() > unit.scale) {
            return unit.scale == 0 ? new Text("policy.value-whole", unitName) : new Text("policy.value-decimals", unit.scale);
        }
        return null;
    }
}
