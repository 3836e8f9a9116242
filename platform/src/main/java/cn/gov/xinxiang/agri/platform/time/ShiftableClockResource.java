package cn.gov.xinxiang.agri.platform.time;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * Moves a service's clock forward, e.g. past a 10-day public notice, in system tests and demos.
 * Answers 404 unless the service runs with {@code agri.clock.shiftable=true}.
 */
@Path("/api/v1/test-clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Test clock (system tests only)")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "service"})
public class ShiftableClockResource {

    @ConfigProperty(name = "agri.clock.shiftable", defaultValue = "false")
    boolean shiftable;

    @POST
    @ServiceScope(ServiceScope.SERVICE + ":test-clock")
    @Path("/advance")
    @Operation(summary = "Move the clock forward by whole days (only where agri.clock.shiftable=true)")
    public Map<String, Object> advance(@QueryParam("days") int days) {
        // The injected Clock is a client proxy, so ask the configuration, not instanceof.
        if (!shiftable) {
            throw ProblemException.notFound("test clock", "");
        }
        if (days < 0 || days > 3660) {
            throw ProblemException.invalidField("days", "clock.days-range", 0, 3660);
        }
        var offset = ShiftableClock.INSTANCE.advance(java.time.Duration.ofDays(days));
        return Map.of("now", ShiftableClock.INSTANCE.instant().toString(), "offsetDays", offset.toDays());
    }
}
