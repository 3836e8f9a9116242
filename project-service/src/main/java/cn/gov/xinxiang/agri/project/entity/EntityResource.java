package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.http.Creations;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/entities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Operating entities")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class EntityResource {

    @Inject
    EntityService entities;
    @Inject
    Creations creations;
    @Inject
    Replies replies;

    @POST
    @Transactional
    @Operation(summary = "Register an operating entity (龙头企业, 合作社, 家庭农场, 村集体经济组织) in your region by its unified social credit code "
            + "(city, county, township, village); 409 entity-exists when the code is registered")
    public Response register(@Valid @NotNull EntityDtos.RegisterRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return creations.create(idempotencyKey, body, () -> entities.register(body), e -> e.creditCode, entities::view);
    }

    @GET
    @Path("/{creditCode}")
    @Operation(summary = "Read a registered entity in your region by its unified social credit code (ETag = its version)")
    public Response get(@PathParam("creditCode") String creditCode) {
        return Replies.read(entities.get(creditCode), e -> e.versionNo, entities::view);
    }

    @PUT
    @Path("/{creditCode}")
    @Transactional
    @Operation(summary = "Correct an entity's record as a new version with the reason (If-Match with the version; the old version stays readable)")
    public Response correct(@PathParam("creditCode") String creditCode, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull EntityDtos.CorrectionRequest body) {
        return replies.changed(entities.correct(creditCode, ifMatch, body), e -> e.versionNo, entities::view);
    }

    @GET
    @Path("/{creditCode}/versions")
    @Operation(summary = "Every version of an entity's record as it read, oldest first, with the reason of each correction")
    public List<EntityDtos.VersionView> versions(@PathParam("creditCode") String creditCode) {
        return entities.versions(creditCode);
    }

    @GET
    @Operation(summary = "List registered entities in your region (filter by kind, level, region subtree, name, leading industry); pinyin order by name")
    public Page<EntityDtos.EntityView> list(
            @QueryParam("kind") @Parameter(example = "LEADING_ENTERPRISE") String kind,
            @QueryParam("level") @Parameter(example = "PROVINCIAL") String level,
            @QueryParam("regionCode") @Parameter(description = "a region subtree inside yours", example = "410725000000") String regionCode,
            @QueryParam("q") @Parameter(description = "part of the Chinese name", example = "预制菜") String q,
            @QueryParam("leadingIndustryCode") @Parameter(example = "PREPARED_MEALS") String leadingIndustryCode,
            @QueryParam("sort") @Parameter(description = "name (default, pinyin order), -name, creditCode, -updatedAt", example = "name") String sort,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return entities.list(new EntityService.Filter(QueryParameters.enumValue("kind", kind, EntityKind.class),
                QueryParameters.enumValue("level", level, EnterpriseLevel.class), regionCode, q, leadingIndustryCode, sort), PageRequest.of(page, size))
                .map(entities::view);
    }
}
