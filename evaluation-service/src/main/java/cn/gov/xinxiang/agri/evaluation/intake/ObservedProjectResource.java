package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.evaluation.intake.ObservedProjectService.ObservedProjectView;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
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

import java.util.UUID;

/** What evaluation-service has learned of projects from events, within the caller's region. */
@Path("/api/v1/observed-projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observed projects")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class ObservedProjectResource {

    @Inject
    ObservedProjectService projects;

    @GET
    @Path("/{id}")
    @Operation(summary = "A project as evaluation-service learned it from events")
    public ObservedProjectView get(@PathParam("id") UUID id) {
        return projects.get(id);
    }

    @GET
    @Operation(summary = "Projects evaluation-service has learned of, in your region")
    public Page<ObservedProjectView> list(@QueryParam("fiscalYear") Integer fiscalYear,
                                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return projects.list(fiscalYear, page, size);
    }
}
