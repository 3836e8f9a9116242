package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    RegionDirectory regions;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @Operation(summary = "Create a project draft (village users, for their own village)")
    public Response create(@Valid @NotNull ProjectDtos.DraftRequest body,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.create(user.subject(), idempotencyKey, body, () -> {
            Project p = projects.createDraft(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(p.id.toString()).build(), view(p));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a project in your region")
    public Response get(@PathParam("id") UUID id) {
        Project p = projects.get(id);
        return Response.ok(view(p)).tag(ETags.of(p.version)).build();
    }

    @GET
    @Operation(summary = "List projects in your region, newest first")
    public Page<ProjectDtos.ProjectView> list(@QueryParam("fiscalYear") Integer fiscalYear,
                                              @QueryParam("status") ProjectStatus status,
                                              @QueryParam("page") Integer page,
                                              @QueryParam("size") Integer size) {
        Page<Project> found = projects.list(fiscalYear, status, PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(this::view).toList(), found.page(), found.size(), found.total());
    }

    private ProjectDtos.ProjectView view(Project p) {
        return new ProjectDtos.ProjectView(p.id, p.code, p.name, p.fiscalYear, p.regionCode, regions.nameOf(RegionCode.of(p.regionCode)),
                p.industryCategory, p.industryCategory.label, p.status, p.status.label, p.createdBy, p.createdAt, p.updatedAt, p.version);
    }
}
