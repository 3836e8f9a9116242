package cn.gov.xinxiang.agri.platform.security;

import cn.gov.xinxiang.agri.platform.region.RegionCode;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Query;

import java.util.regex.Pattern;

/**
 * A region subtree: the caller's ({@link CurrentUser#scope()}) or a narrower one a request names
 * ({@link #of}). The one place that writes the region clause of a query: {@link #clause} gives
 * {@code <column> like :scope} (HQL and native SQL alike) and {@link #parameters()} / {@link #bind}
 * bind the subtree's pattern to it. An index with {@code text_pattern_ops} serves the clause, so rows
 * outside the subtree are never loaded, not even by id. {@code RegionScopeGuardTest} fails on a query
 * that writes the clause or the pattern itself.
 */
public record RegionScope(RegionCode root) {

    /** The parameter {@link #clause(String)} names and {@link #parameters()} binds. */
    public static final String PARAMETER = "scope";

    /** Column and parameter names go into query text: only identifiers, with at most one qualifier. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    public RegionScope {
        if (root == null) {
            throw new IllegalArgumentException("a region scope needs its root region");
        }
    }

    public static RegionScope of(RegionCode root) {
        return new RegionScope(root);
    }

    /** The digits every code in the subtree starts with. */
    public String prefix() {
        return root.prefix();
    }

    /**
     * The LIKE pattern of the subtree: the prefix with LIKE's own characters escaped, then {@code %}. Backslash is
     * PostgreSQL's default LIKE escape, so the clause needs no ESCAPE part. (A valid code is digits only, so today the
     * escaping changes nothing; it keeps the pattern a prefix whatever {@link RegionCode} accepts one day.)
     */
    public String likePattern() {
        return escapeLike(prefix()) + "%";
    }

    /** True when the code lies in the subtree (the root itself included). */
    public boolean covers(RegionCode code) {
        return code.isWithin(root);
    }

    /** Like {@link #covers(RegionCode)}; false for text that is no region code. */
    public boolean covers(String code) {
        return RegionCode.parse(code).map(this::covers).orElse(false);
    }

    // ---- the clause and its binding ------------------------------------------------------------

    /** {@code <column> like :scope}, for a query bound with {@link #parameters()} or {@link #bind(Query)}. */
    public static String clause(String column) {
        return clause(column, PARAMETER);
    }

    /** {@code <column> like :<parameter>}, for a second subtree in one query (e.g. a narrower filter beside the caller's scope). */
    public static String clause(String column, String parameter) {
        requireName(column, "column");
        requireName(parameter, "parameter");
        return column + " like :" + parameter;
    }

    /** {@code <column> like ?<position>}, for native queries with positional parameters; bind with {@link #bind(Query, int)}. */
    public static String positionalClause(String column, int position) {
        requireName(column, "column");
        if (position < 1) {
            throw new IllegalArgumentException("positional parameters count from 1, not " + position);
        }
        return column + " like ?" + position;
    }

    /** Panache parameters holding this subtree as {@value #PARAMETER}; add the query's other parameters with {@code and}. */
    public Parameters parameters() {
        return Parameters.with(PARAMETER, likePattern());
    }

    /** Adds this subtree to Panache parameters under {@value #PARAMETER}. */
    public Parameters bind(Parameters parameters) {
        return bind(parameters, PARAMETER);
    }

    /** Adds this subtree to Panache parameters under the name a {@link #clause(String, String)} used. */
    public Parameters bind(Parameters parameters, String parameter) {
        requireName(parameter, "parameter");
        return parameters.and(parameter, likePattern());
    }

    /** Binds this subtree to a JPA or native query's {@value #PARAMETER}. */
    public <Q extends Query> Q bind(Q query) {
        return bind(query, PARAMETER);
    }

    /** Binds this subtree to the named parameter a {@link #clause(String, String)} used. */
    @SuppressWarnings("unchecked")
    public <Q extends Query> Q bind(Q query, String parameter) {
        requireName(parameter, "parameter");
        return (Q) query.setParameter(parameter, likePattern());
    }

    /** Binds this subtree to the positional parameter a {@link #positionalClause} used. */
    @SuppressWarnings("unchecked")
    public <Q extends Query> Q bind(Q query, int position) {
        return (Q) query.setParameter(position, likePattern());
    }

    /** {@code text} with LIKE's wildcards and escape character escaped by backslash, so it matches only itself. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void requireName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a " + what + " name: " + name);
        }
    }
}
