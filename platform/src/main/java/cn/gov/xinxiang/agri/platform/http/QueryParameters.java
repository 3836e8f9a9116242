package cn.gov.xinxiang.agri.platform.http;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query and path parameters that arrive as text, parsed in one place so that a bad value is a 400 naming the parameter
 * (JAX-RS answers a failed conversion with 404). Reading a filter is not deciding a command: the refusals of a command
 * are its decider's violations ({@code platform.decision}); these are the request's own shape.
 */
public final class QueryParameters {
    private QueryParameters() {
    }

    /**
     * The enum constant named {@code value}, in any case; null when it is absent or blank; otherwise a 400 listing the
     * allowed codes ("must be one of A, B").
     */
    public static <E extends Enum<E>> E enumValue(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "problem.one-of",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A required 12-digit division code; a 400 naming {@code parameter} when it is absent or malformed. */
    public static RegionCode regionCode(String parameter, String value) {
        RegionCode code = value == null ? null : RegionCode.parse(value.strip()).orElse(null);
        if (code == null) {
            throw ProblemException.invalidField(parameter, "region.code-format");
        }
        return code;
    }

    /** An optional division code: null when absent or blank, otherwise as {@link #regionCode}. */
    public static RegionCode optionalRegionCode(String parameter, String value) {
        return value == null || value.isBlank() ? null : regionCode(parameter, value);
    }

    /** The problem for a {@code sort} (or other listed) parameter whose value is none of {@code allowed}; throw it. */
    public static ProblemException notOneOf(String parameter, String... allowed) {
        return ProblemException.invalidField(parameter, "problem.one-of-list", String.join(", ", allowed));
    }
}
