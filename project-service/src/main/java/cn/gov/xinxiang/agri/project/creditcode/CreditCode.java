package cn.gov.xinxiang.agri.project.creditcode;

import cn.gov.xinxiang.agri.platform.i18n.Text;

import java.util.Optional;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015): registration
 * authority (1), entity category (1), administrative division (6 digits), organisation code (9),
 * check character (1). The alphabet is digits and upper-case letters without I, O, Z, S, V.
 * A package of its own: the project rules, the import, the entity registry and consortia all check codes, and
 * {@code library} must not depend on {@code entity} (which links entities to projects through it).
 */
public final class CreditCode {
    private CreditCode() {
    }

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Why the code is not valid (a bundle text), or empty when it is. */
    public static Optional<Text> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of(new Text("credit-code.length", 18));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of(new Text("credit-code.character", i + 1, String.valueOf(code.charAt(i))));
            }
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of(new Text("credit-code.division"));
        }
        char expected = checkCharacter(code.substring(0, 17));
        if (code.charAt(17) != expected) {
            return Optional.of(new Text("credit-code.check", String.valueOf(expected)));
        }
        return Optional.empty();
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** The 18th character for the first 17: 31 - (sum of value x weight mod 31), 31 meaning 0. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
