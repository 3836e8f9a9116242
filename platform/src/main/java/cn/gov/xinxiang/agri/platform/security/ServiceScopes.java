package cn.gov.xinxiang.agri.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scopes a token carries, parsed from its {@code scope} claim: one space-separated string as OAuth 2.0 (RFC 6749
 * §3.3, RFC 9068) sends it, or a list of strings as some identity providers do. Plain code, no token types.
 */
public record ServiceScopes(Set<String> granted) {

    public static final String CLAIM = "scope";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    public ServiceScopes {
        granted = Set.copyOf(granted);
    }

    /**
     * Parses a claim value: null (no claim) and blank strings give no scopes; a string is split on white space (and
     * commas, which some issuers use); a collection contributes each element. JSON string values arrive quoted
     * from some token libraries; the quotes are dropped.
     */
    public static ServiceScopes parse(Object claim) {
        Set<String> out = new LinkedHashSet<>();
        add(claim, out);
        return new ServiceScopes(out);
    }

    private static void add(Object claim, Set<String> out) {
        if (claim == null) {
            return;
        }
        if (claim instanceof Collection<?> many) {
            for (Object one : many) {
                add(one, out);
            }
            return;
        }
        String text = claim.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        for (String s : SEPARATORS.split(text)) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
    }

    public boolean grants(String scope) {
        return granted.contains(scope);
    }

    /** The scopes as the claim would carry them, space separated, in a stable order. */
    public String display() {
        return granted.isEmpty() ? "(none)" : String.join(" ", granted.stream().sorted().toList());
    }

    /** Replaces {@link ServiceScope#SERVICE} in an annotation's value with the service's prefix. */
    public static String resolve(String declared, String servicePrefix) {
        return declared.replace(ServiceScope.SERVICE, servicePrefix);
    }

    /** The default prefix: the application name without its {@code -service} suffix ({@code funding-service} → {@code funding}). */
    public static String prefixOf(String applicationName) {
        return applicationName.endsWith("-service") ? applicationName.substring(0, applicationName.length() - "-service".length()) : applicationName;
    }
}
