package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.BoundsChange;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.CopyRequest;
import cn.gov.xinxiang.agri.evaluation.framework.FrameworkViews.IndicatorChange;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator framework per year: read by everyone, maintained by city users. */
@Path("/api/v1/indicator-frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator framework")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class FrameworkResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    Replies replies;

    @GET
    @Path("/{year}")
    @Operation(summary = "The indicators (definition, data source, target, weight, direction) and grade bounds of a fiscal year; "
            + "the ETag is the grade bounds' version")
    public Response read(@PathParam("year") int year) {
        return Replies.read(year, frameworks::boundsVersion, frameworks::view);
    }

    @PUT
    @Path("/{year}/grade-bounds")
    @Transactional
    @Operation(summary = "Replace the grade bounds of a year: 优/良/中/差 each once, descending, 差 from 0 (city users; If-Match with the framework's ETag)")
    public Response changeBounds(@PathParam("year") int year, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull BoundsChange body) {
        frameworks.changeBounds(year, ifMatch, body);
        return read(year);
    }

    @PUT
    @Path("/{year}/indicators/{code}")
    @Transactional
    @Operation(summary = "Change an indicator's definition, data source, target (own, or taken from a policy parameter), weight, direction "
            + "or whether it is required (city users; If-Match required)")
    public Response change(@PathParam("year") int year, @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull IndicatorChange body) {
        return replies.changed(frameworks.change(year, code, ifMatch, body), d -> d.version, frameworks::indicatorView);
    }

    @POST
    @Path("/{year}/copy")
    @Transactional
    @Operation(summary = "Set up a fiscal year's framework as a copy of another year's (city users; Idempotency-Key honoured)")
    public Response copy(@PathParam("year") int year, @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull CopyRequest body) {
        return frameworks.copy(year, key, body);
    }
}
