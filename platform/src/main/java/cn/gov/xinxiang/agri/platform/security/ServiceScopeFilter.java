package cn.gov.xinxiang.agri.platform.security;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Holds {@code service} tokens to the scopes their {@code scope} claim grants (see {@link ServiceScope}). Runs after
 * {@code @RolesAllowed} and before the resource method, on the worker thread of blocking endpoints; requests of every
 * other role pass untouched. A refusal is a 403 problem+json naming the missing scope, in the caller's language.
 */
public class ServiceScopeFilter {

    private static final Logger LOG = Logger.getLogger(ServiceScopeFilter.class);

    public static final String MISSING_SCOPE = "missing-scope";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @ConfigProperty(name = "agri.service-scope.prefix")
    Optional<String> configuredPrefix;

    @ConfigProperty(name = "quarkus.application.name")
    Optional<String> applicationName;

    /** What a resource method requires of a service token: the scope, or empty when no annotation covers it. */
    public static Optional<String> required(Method method, Class<?> resource, String httpMethod) {
        ServiceScope onMethod = method.getAnnotation(ServiceScope.class);
        if (onMethod != null) {
            return Optional.of(onMethod.value());
        }
        boolean read = HttpMethod.GET.equals(httpMethod) || HttpMethod.HEAD.equals(httpMethod);
        for (Class<?> c = resource; read && c != null && c != Object.class; c = c.getSuperclass()) {
            ServiceScope onClass = c.getAnnotation(ServiceScope.class);
            if (onClass != null) {
                return Optional.of(onClass.value());
            }
        }
        return Optional.empty();
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext ctx, ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null || identity.isAnonymous() || !identity.hasRole(Role.N_SERVICE)) {
            return Optional.empty();
        }
        String path = ctx.getUriInfo().getPath();
        Optional<String> declared = required(resource.getResourceMethod(), resource.getResourceClass(), ctx.getMethod());
        if (declared.isEmpty()) {
            LOG.debugf("service token %s refused at %s %s: no scope opens it", jwt.getName(), ctx.getMethod(), path);
            throw ProblemException.keyed(403, "forbidden", "problem.service-not-open");
        }
        String scope = ServiceScopes.resolve(declared.get(), prefix());
        ServiceScopes granted = ServiceScopes.parse(jwt.getClaim(ServiceScopes.CLAIM));
        if (granted.grants(scope)) {
            return Optional.empty();
        }
        LOG.debugf("service token %s refused at %s %s: lacks scope %s", jwt.getName(), ctx.getMethod(), path, scope);
        throw ProblemException.keyed(403, MISSING_SCOPE, "problem.missing-scope", scope, granted.display())
                .field(ServiceScopes.CLAIM, "problem.missing-scope.field", scope);
    }

    private String prefix() {
        return configuredPrefix.filter(p -> !p.isBlank()).map(String::strip)
                .orElseGet(() -> ServiceScopes.prefixOf(applicationName.orElse("service")));
    }
}
