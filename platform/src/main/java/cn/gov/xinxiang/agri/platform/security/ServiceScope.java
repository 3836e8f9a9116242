package cn.gov.xinxiang.agri.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a {@code service} token (another government system's account) must carry in its {@code scope} claim to
 * call a resource method; human roles are not affected. {@link ServiceScopeFilter} enforces it with a 403 naming the
 * missing scope.
 * <ul>
 *   <li>On a method it covers that method. On a class it covers the class's reads ({@code GET}, {@code HEAD}) only:
 *       every write names its own scope, so a read scope never opens a write.</li>
 *   <li>A method no annotation covers is closed to service tokens (default deny).</li>
 *   <li>{@code {service}} in the value stands for the service's own scope prefix ({@code agri.service-scope.prefix},
 *       by default the application name without {@code -service}: {@code funding}), for the platform's endpoints that
 *       every service has (dead letters, policy parameters, test clock).</li>
 * </ul>
 * Scopes read {@code <service>:<resource>:<action>} or {@code <service>:read}, e.g. {@code funding:disbursements:write}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ServiceScope {

    /** The placeholder for the service's own prefix. */
    String SERVICE = "{service}";

    String value();
}
