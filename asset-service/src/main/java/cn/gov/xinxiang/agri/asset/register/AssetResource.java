package cn.gov.xinxiang.agri.asset.register;

import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assets")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class AssetResource {

    @Inject
    AssetService assets;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    Replies replies;

    @Inject
    RegionDirectory regions;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @Operation(summary = "Register a legacy asset directly (village, township or county, within its region)")
    public Response register(@Valid @NotNull AssetDtos.RegisterRequest body, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.create(user.subject(), idempotencyKey, body, () -> {
            Asset a = assets.register(body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(a.id.toString()).build(), view(a));
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an asset in your region")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(assets.get(id), a -> a.version, this::view);
    }

    @GET
    @Operation(summary = "List assets in your region, by location code")
    public Page<AssetDtos.AssetView> list(@QueryParam("assetClass") AssetClass assetClass,
                                          @QueryParam("status") AssetStatus status,
                                          @QueryParam("sourceProjectId") UUID sourceProjectId,
                                          @QueryParam("regionCode") String regionCode,
                                          @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<Asset> found = assets.list(assetClass, status, sourceProjectId, regionCode, PageRequest.of(page, size));
        return new Page<>(found.items().stream().map(this::view).toList(), found.page(), found.size(), found.total());
    }

    @PUT
    @Path("/{id}/operation")
    @Transactional
    @Operation(summary = "Set funding composition, operating mode and contract (If-Match required)")
    public Response updateOperation(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull AssetDtos.OperationUpdate body) {
        return replies.changed(assets.updateOperation(id, ifMatch, body), a -> a.version, this::view);
    }

    private AssetDtos.AssetView view(Asset a) {
        return AssetDtos.view(a, regions);
    }
}
