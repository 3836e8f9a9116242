package cn.gov.xinxiang.agri.asset.custody;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.region.Tier;
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
import jakarta.ws.rs.PUT;
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

import java.util.List;
import java.util.UUID;

@Path("/api/v1/assets/{id}/custody")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Custody chain")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class CustodyResource {

    @Inject
    CustodyService custody;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Current custodian (unit and person) per tier, and the tiers still missing one")
    public CustodyDtos.ChainView chain(@PathParam("id") UUID id) {
        return custody.chain(id);
    }

    @PUT
    @Path("/{tier}")
    @Transactional
    @Operation(summary = "Name the first custodian at a tier (that tier or above); later changes go through handovers",
            description = "Appends a sealed entry to the custody history and re-signs its head; refused (409 custody-chain-broken) "
                    + "while the history does not end at its signed head (see …/custody/verify).")
    public Response assign(@PathParam("id") UUID id, @PathParam("tier") Tier tier, @Valid @NotNull CustodyDtos.AssignRequest body) {
        CustodyPosition p = custody.assign(id, tier, body);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/assets").path(id.toString()).path("custody").build())
                .entity(custody.view(p)).build();
    }

    @POST
    @Path("/handovers")
    @Transactional
    @Operation(summary = "Propose a handover of custody at your tier (the giver); the named receiver accepts or refuses",
            description = "Only a city, county, township or village user of the asset's place at that tier proposes; the receiver "
                    + "(toSubject) answers at /api/v1/handovers/{id}. Refused (409 custody-chain-broken) while the history does not "
                    + "end at its signed head.")
    public Response propose(@PathParam("id") UUID id, @Valid @NotNull CustodyDtos.ProposeRequest body,
                            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.create(user.subject(), idempotencyKey, body, () -> {
            Handover h = custody.propose(id, body);
            return new Idempotency.Created(uri.getBaseUriBuilder().path("api/v1/handovers").path(h.id.toString()).build(), view(h));
        });
    }

    @GET
    @Path("/handovers")
    @Operation(summary = "All handovers of an asset, oldest first")
    public List<CustodyDtos.HandoverView> handovers(@PathParam("id") UUID id) {
        return custody.handovers(id).stream().map(CustodyResource::view).toList();
    }

    @GET
    @Path("/history")
    @Operation(summary = "The append-only, hash-chained custody history of an asset",
            description = "Entries oldest first, each with prevHash and hash (SHA-256 over the previous hash and the entry). "
                    + "Their seals and the signed head are checked by …/custody/verify.")
    public List<CustodyDtos.EntryView> history(@PathParam("id") UUID id) {
        return custody.history(id).stream().map(e -> new CustodyDtos.EntryView(e.seq, e.kind, Tier.valueOf(e.tier), e.regionCode, e.unitName,
                e.personName, e.handoverId, e.actor, e.note, e.occurredAt, e.prevHash, e.hash)).toList();
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Verify the custody history: links, seals, signed head and current custodians; reports the first fault",
            description = "Checks, first fault first: every entry links to the previous one and matches its hash (ALTERED, UNLINKED, "
                    + "OUT_OF_ORDER); the chain's anchor carries asset-service's HMAC signature (UNANCHORED, ANCHOR_FORGED); every entry "
                    + "carries the seal written with it, so a chain recomputed after an edit shows at the edited entry (RECOMPUTED) and "
                    + "entries nobody sealed show after the head (EXTENDED); the chain ends at the signed head, so deleted last entries "
                    + "show (TRUNCATED, firstBrokenSeq = the first deleted one); and the current custodians (GET …/custody) are the ones "
                    + "the chain names (POSITIONS_DIFFER). Always 200 for an asset in your region; valid=false with fault and reason "
                    + "when something does not hold.")
    public CustodyDtos.VerificationView verify(@PathParam("id") UUID id) {
        CustodyChain.Verification v = custody.verify(id);
        CustodyAnchor a = custody.anchor(id);
        return new CustodyDtos.VerificationView(id, v.valid(), v.entries(), v.firstBrokenSeq(), v.reason(), v.fault(),
                a == null ? null : a.headSeq, a == null ? null : a.headHash, a != null && a.signature != null);
    }

    public static CustodyDtos.HandoverView view(Handover h) {
        return new CustodyDtos.HandoverView(h.id, h.assetId, Tier.valueOf(h.tier), h.regionCode, h.fromUnit, h.fromPerson, h.toUnit, h.toPerson,
                h.toSubject, h.note, h.status, h.proposedBy, h.proposedAt, h.decidedBy, h.decidedAt, h.refusalReason, h.version);
    }
}
