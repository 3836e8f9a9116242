package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;

import java.util.Arrays;

/**
 * Enum query parameters parsed here rather than by JAX-RS, which answers an unknown value with 404;
 * a bad filter is bad input (400, naming the parameter and the allowed codes).
 */
public final class QueryEnums {
    private QueryEnums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "problem.one-of-list", Arrays.toString(type.getEnumConstants()));
        }
    }
}
