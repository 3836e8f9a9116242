package cn.gov.xinxiang.agri.project.household;

/**
 * The 18-character resident identity number (GB 11643-1999). Personal information: it is checked and
 * masked on the way in, and only the masked form is kept, returned or put in error messages.
 */
public final class IdNumber {
    private IdNumber() {
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    public static boolean isValid(String id) {
        if (id == null || id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return Character.toUpperCase(id.charAt(17)) == CHECK.charAt(sum % 11);
    }

    /** Keeps the 6-digit region and the last 4 characters: 410725********123X. */
    public static String mask(String id) {
        String upper = id.toUpperCase();
        return upper.substring(0, 6) + "********" + upper.substring(14);
    }

    /** True for a value already masked the way {@link #mask} does (the national system may send masked numbers). */
    public static boolean isMasked(String id) {
        return id != null && id.matches("\\d{6}\\*{8}\\d{3}[0-9Xx]");
    }
}
