package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

/** What evaluation-service has learned of projects from events, within the caller's region. */
@Path("/api/v1/observed-projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observed projects")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class ObservedProjectResource {

    public record ObservedProjectView(UUID projectId, String code, String name, int fiscalYear, String regionCode,
                                      String industryCategory, String status, String lastEventType, Instant lastEventAt,
                                      int eventsApplied) {
        static ObservedProjectView of(ObservedProject p) {
            return new ObservedProjectView(p.projectId, p.code, p.name, p.fiscalYear, p.regionCode, p.industryCategory, p.status,
                    p.lastEventType, p.lastEventAt, p.eventsApplied);
        }
    }

    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}")
    @Operation(summary = "A project as evaluation-service learned it from events")
    public ObservedProjectView get(@PathParam("id") UUID id) {
        return ObservedProject.<ObservedProject>find("projectId = :id and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("id", id))
                .firstResultOptional().map(ObservedProjectView::of)
                .orElseThrow(() -> ProblemException.notFound("project", id));
    }

    @GET
    @Operation(summary = "Projects evaluation-service has learned of, in your region")
    public Page<ObservedProjectView> list(@QueryParam("fiscalYear") Integer fiscalYear,
                                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest req = PageRequest.of(page, size);
        String q = RegionScope.clause("regionCode") + (fiscalYear == null ? "" : " and fiscalYear = :year");
        Parameters params = user.scope().parameters();
        if (fiscalYear != null) {
            params.and("year", fiscalYear);
        }
        var query = ObservedProject.<ObservedProject>find(q, Sort.by("code"), params);
        return new Page<>(query.page(req.page(), req.size()).list().stream().map(ObservedProjectView::of).toList(),
                req.page(), req.size(), query.count());
    }
}
