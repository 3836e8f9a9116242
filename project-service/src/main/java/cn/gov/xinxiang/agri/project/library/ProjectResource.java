package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Creations;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    ProjectViews views;

    @Inject
    Creations creations;

    @Inject
    Replies replies;

    @POST
    @Transactional
    @Operation(summary = "Create a project draft (village users, for their own village)")
    public Response create(@Valid @NotNull ProjectDtos.DraftRequest body,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> projects.createDraft(body), p -> p.id, views::view);
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Replace a draft's content (its village, while DRAFT; If-Match with the ETag you read)")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ProjectDtos.DraftRequest body) {
        return replies.changed(projects.update(id, ifMatch, body), p -> p.version, views::view);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a project in your region")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(projects.getForView(id), p -> p.version, views::view);
    }

    @GET
    @Operation(summary = "List projects in your region (filter by year, region subtree, status, industry, leading industry, entity)")
    public Page<ProjectDtos.ProjectSummary> list(
            @QueryParam("fiscalYear") @Parameter(example = "2025") Integer fiscalYear,
            @QueryParam("regionCode") @Parameter(description = "a region subtree inside yours", example = "410725901000") String regionCode,
            @QueryParam("status") @Parameter(example = "IN_LIBRARY") String status,
            @QueryParam("industryCategory") @Parameter(example = "SPECIALTY_FARMING") String industryCategory,
            @QueryParam("leadingIndustry") @Parameter(example = "true") Boolean leadingIndustry,
            @QueryParam("leadingIndustryCode") @Parameter(example = "PREPARED_MEALS") String leadingIndustryCode,
            @QueryParam("entity") @Parameter(description = "unified social credit code of a participant", example = "91350100M000100Y43") String entity,
            @QueryParam("sort") @Parameter(description = "createdAt, -createdAt (default), code, -code, totalInvestment, -totalInvestment, name, -name (pinyin order)", example = "-createdAt") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return projects.list(new ProjectService.Filter(fiscalYear, regionCode, QueryParameters.enumValue("status", status, ProjectStatus.class),
                QueryParameters.enumValue("industryCategory", industryCategory, IndustryCategory.class), leadingIndustry,
                leadingIndustryCode, entity, sort), PageRequest.of(page, size)).map(views::summary);
    }
}
