package cn.gov.xinxiang.agri.asset.custody;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Replies;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/handovers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Custody chain")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class HandoverResource {

    @Inject
    CustodyService custody;

    @Inject
    Replies replies;

    @GET
    @Path("/{handoverId}")
    @Operation(summary = "Read a handover (ETag for accepting or refusing it)")
    public Response handover(@PathParam("handoverId") UUID handoverId) {
        return Replies.read(custody.handover(handoverId), h -> h.version, CustodyResource::view);
    }

    @POST
    @Path("/{handoverId}/accept")
    @Transactional
    @Operation(summary = "The named receiver accepts the handover (If-Match required)",
            description = "Only the receiver the proposal names, acting as a city, county, township or village user: an auditor or a "
                    + "service account is refused (403) even when named. Refused (409 custody-chain-broken) while the asset's custody "
                    + "history does not end at its signed head.")
    public Response accept(@PathParam("handoverId") UUID handoverId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return replies.changed(custody.accept(handoverId, ifMatch), h -> h.version, CustodyResource::view);
    }

    @POST
    @Path("/{handoverId}/refuse")
    @Transactional
    @Operation(summary = "The named receiver refuses the handover with a reason (If-Match required)",
            description = "Only the receiver the proposal names, acting as a city, county, township or village user: an auditor or a "
                    + "service account is refused (403) even when named.")
    public Response refuse(@PathParam("handoverId") UUID handoverId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull CustodyDtos.RefuseRequest body) {
        return replies.changed(custody.refuse(handoverId, ifMatch, body.reason()), h -> h.version, CustodyResource::view);
    }
}
