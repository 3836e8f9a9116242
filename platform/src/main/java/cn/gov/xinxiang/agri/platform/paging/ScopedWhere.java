package cn.gov.xinxiang.agri.platform.paging;

import cn.gov.xinxiang.agri.platform.security.RegionScope;
import io.quarkus.panache.common.Parameters;

/**
 * The condition of a list query that starts with a region scope: the caller's subtree on a column, narrowed by a
 * filter's subtree on the same column when one is given (one outside the caller's simply matches nothing), then the
 * filter's other conditions, each only when its value is given. For Panache's {@code find(query, sort, parameters)}.
 */
public final class ScopedWhere {

    /** The parameter the narrower subtree is bound to. */
    public static final String NARROWER = "sub";

    private final StringBuilder condition;
    private final Parameters parameters;

    private ScopedWhere(StringBuilder condition, Parameters parameters) {
        this.condition = condition;
        this.parameters = parameters;
    }

    /**
     * @param scope    the caller's subtree
     * @param column   the region column the scope applies to, e.g. {@code c.regionCode}
     * @param narrower a filter's subtree on the same column, or null
     */
    public static ScopedWhere within(RegionScope scope, String column, RegionScope narrower) {
        return visibleWhere(RegionScope.clause(column), scope.parameters()).narrowedTo(column, narrower);
    }

    /**
     * Starts from a visibility condition wider than a subtree (e.g. the caller's subtree or the caller's own county),
     * written with {@link RegionScope#clause} and bound in {@code parameters}.
     */
    public static ScopedWhere visibleWhere(String condition, Parameters parameters) {
        return new ScopedWhere(new StringBuilder(condition), parameters);
    }

    /** Adds a filter's subtree on {@code column} (bound as {@value #NARROWER}), unless it is null. */
    public ScopedWhere narrowedTo(String column, RegionScope narrower) {
        if (narrower != null) {
            condition.append(" and ").append(RegionScope.clause(column, NARROWER));
            narrower.bind(parameters, NARROWER);
        }
        return this;
    }

    /**
     * Adds {@code and <condition>}, binding {@code value} to {@code parameter}, unless the value is absent: null, or
     * a blank text (a text is bound stripped).
     */
    public ScopedWhere and(String condition, String parameter, Object value) {
        Object v = value instanceof String s ? s.strip() : value;
        if (v == null || (v instanceof String s && s.isEmpty())) {
            return this;
        }
        this.condition.append(" and ").append(condition);
        parameters.and(parameter, v);
        return this;
    }

    /** The condition, to follow {@code where}. */
    public String jpql() {
        return condition.toString();
    }

    public Parameters parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return jpql() + " " + parameters.map();
    }
}
