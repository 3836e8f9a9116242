package cn.gov.xinxiang.agri.console.proxy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which service owns a path under /api/v1/: the longest configured prefix that the path starts with.
 * Prefixes match on characters, so {@code policy-parameters/asset.} catches asset-service's keys
 * while {@code policy-parameters} sends the rest to funding-service. Plain Java, tested alone.
 */
public final class RoutingTable {

    public record Route(String prefix, String service) {
    }

    private final List<Route> routes;

    private RoutingTable(List<Route> routes) {
        this.routes = routes;
    }

    /**
     * @param entries  "prefix=service" entries
     * @param services the known services; an entry naming another is refused (a typo would route nowhere)
     */
    public static RoutingTable parse(List<String> entries, Map<String, String> services) {
        List<Route> routes = new ArrayList<>();
        for (String raw : entries) {
            String e = raw.trim();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.lastIndexOf('=');
            if (eq <= 0 || eq == e.length() - 1) {
                throw new IllegalArgumentException("route '" + e + "' is not prefix=service");
            }
            String prefix = strip(e.substring(0, eq).trim());
            String service = e.substring(eq + 1).trim();
            if (!services.containsKey(service)) {
                throw new IllegalArgumentException("route '" + e + "' names service '" + service + "', which has no base URL (agri.console.services."
                        + service + ")");
            }
            if (routes.stream().anyMatch(r -> r.prefix().equals(prefix))) {
                throw new IllegalArgumentException("prefix '" + prefix + "' is routed twice");
            }
            routes.add(new Route(prefix, service));
        }
        routes.sort(Comparator.comparingInt((Route r) -> r.prefix().length()).reversed());
        return new RoutingTable(List.copyOf(routes));
    }

    /** The service owning {@code path} (relative to /api/v1/, leading slash optional), if any. */
    public Optional<String> serviceFor(String path) {
        String p = strip(path);
        for (Route r : routes) {
            if (p.startsWith(r.prefix()) && boundary(p, r.prefix())) {
                return Optional.of(r.service());
            }
        }
        return Optional.empty();
    }

    /**
     * As {@link #serviceFor(String)}, but the list of policy parameters filtered by key
     * ({@code policy-parameters?key=asset.benchmark-rate}) goes where that key's own path would.
     */
    public Optional<String> serviceFor(String path, String policyKey) {
        if (policyKey != null && !policyKey.isBlank() && strip(path).equals("policy-parameters")) {
            return serviceFor("policy-parameters/" + policyKey);
        }
        return serviceFor(path);
    }

    public List<Route> routes() {
        return routes;
    }

    /** "projects" matches "projects" and "projects/1" but not "projectsx"; a prefix ending in '.' or '/' matches anything after it. */
    private static boolean boundary(String path, String prefix) {
        if (path.length() == prefix.length() || prefix.endsWith(".") || prefix.endsWith("/")) {
            return true;
        }
        char next = path.charAt(prefix.length());
        return next == '/' || next == '?';
    }

    private static String strip(String s) {
        String p = s;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.startsWith("api/v1/")) {
            p = p.substring("api/v1/".length());
        }
        return p;
    }
}
