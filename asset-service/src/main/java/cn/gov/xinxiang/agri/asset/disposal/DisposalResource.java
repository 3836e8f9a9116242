package cn.gov.xinxiang.agri.asset.disposal;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Disposal (处置) of an asset in the adjust batch: reason, the owner's decision, proceeds back to the owner. */
@Path("/api/v1/assets/{id}/disposal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disposal")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class DisposalResource {

    @Inject
    DisposalService disposals;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @Operation(summary = "Record the disposal of an adjusted, confirmed asset (county; If-Match of the asset required)")
    public Response dispose(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull DisposalDtos.DisposalRequest r) {
        Disposal d = disposals.dispose(id, ifMatch, r);
        return Response.created(uri.getAbsolutePath()).entity(DisposalDtos.DisposalView.of(d)).build();
    }

    @GET
    @Operation(summary = "The disposal record of an asset")
    public DisposalDtos.DisposalView get(@PathParam("id") UUID id) {
        return DisposalDtos.DisposalView.of(disposals.of(id));
    }
}
