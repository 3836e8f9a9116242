package cn.gov.xinxiang.agri.project.results;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import cn.gov.xinxiang.agri.platform.http.ETags;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/projects/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Project results")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class ResultsResource {

    @Inject
    ResultsService results;

    @PUT
    @Path("/{year}")
    @Operation(summary = "Report a year's actual linked households and income, per mechanism (village, township, county); once: "
            + "a reported year is changed by a correction (409 results-exist)")
    public Response report(@PathParam("id") UUID id, @PathParam("year") @Min(2000) @Max(2100) int year,
                           @Valid @NotNull ResultsDtos.ReportRequest body) {
        ResultsDtos.YearResults r = results.report(id, year, body);
        return Response.ok(r).tag(ETags.of(r.versionNo())).build();
    }

    @POST
    @Path("/{year}/corrections")
    @Operation(summary = "Correct a year's results as a new version with the reason (village, township, county; If-Match with the version)")
    public Response correct(@PathParam("id") UUID id, @PathParam("year") @Min(2000) @Max(2100) int year,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ResultsDtos.CorrectionRequest body) {
        ResultsDtos.YearResults r = results.correct(id, year, ifMatch, body);
        return Response.ok(r).tag(ETags.of(r.versionNo())).build();
    }

    @GET
    @Path("/{year}/versions")
    @Operation(summary = "Every version of a year's results as it read, oldest first, with the reason of each correction")
    public List<ResultsDtos.VersionView> versions(@PathParam("id") UUID id, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return results.versions(id, year);
    }

    @GET
    @Operation(summary = "A project's results by year")
    public List<ResultsDtos.YearResults> list(@PathParam("id") UUID id, @QueryParam("year") Integer year) {
        return results.forProject(id, year);
    }
}
