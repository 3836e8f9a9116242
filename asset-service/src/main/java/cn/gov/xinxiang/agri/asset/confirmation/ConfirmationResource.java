package cn.gov.xinxiang.agri.asset.confirmation;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.asset.corrections.RecordVersions;
import cn.gov.xinxiang.agri.asset.corrections.VersionDtos;
import cn.gov.xinxiang.agri.asset.register.AssetDtos;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/assets/{id}/confirmation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Confirmation")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class ConfirmationResource {

    @Inject
    ConfirmationService confirmations;

    @Inject
    RegionDirectory regions;

    @Inject
    Replies replies;

    @POST
    @Transactional
    @Operation(summary = "Confirm ownership (确权登记) of an asset in your county (county users; If-Match required)")
    public Response confirm(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ConfirmationDtos.ConfirmRequest body) {
        return replies.changed(confirmations.confirm(id, ifMatch, body), a -> a.version, a -> AssetDtos.view(a, regions));
    }

    @POST
    @Path("/corrections")
    @Transactional
    @Operation(summary = "Correct a recorded confirmation as a new version with the reason (county users; If-Match with the asset's ETag)")
    public Response correct(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ConfirmationDtos.CorrectionRequest body) {
        return replies.changed(confirmations.correct(id, ifMatch, body), a -> a.version, a -> AssetDtos.view(a, regions));
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Every version of the asset's confirmation as it read, oldest first, with the reason of each correction")
    public VersionDtos.VersionsView versions(@PathParam("id") UUID id) {
        var all = confirmations.versions(id);
        return VersionDtos.of(RecordVersions.Kind.CONFIRMATION, id.toString(), all.get(all.size() - 1).versionNo(), all);
    }
}
