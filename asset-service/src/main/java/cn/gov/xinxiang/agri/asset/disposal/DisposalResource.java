package cn.gov.xinxiang.agri.asset.disposal;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.asset.batch.Batch;
import cn.gov.xinxiang.agri.asset.register.Asset;
import cn.gov.xinxiang.agri.asset.register.AssetService;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.contracts.asset.AssetDisposedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    @Schema(name = "DisposalRequest")
    public record DisposalRequest(
            @NotNull @Schema(examples = "AUCTION") Disposal.Method method,
            @NotBlank @Size(max = 2000) @Schema(examples = "市场萎缩，连续四期无收益，经营难以为继") String reason,
            @NotBlank @Size(max = 200) @Schema(examples = "城关一村村民代表大会") String decisionBody,
            @NotBlank @Size(max = 100) @Schema(examples = "城关一村〔2026〕3号") String decisionRef,
            @NotNull @Schema(examples = "2026-03-10") LocalDate decidedOn,
            @NotNull @DecimalMin("0.00") @Digits(integer = 16, fraction = 2) @Schema(examples = "180000.00") BigDecimal proceeds) {
    }

    @Schema(name = "Disposal")
    public record DisposalView(UUID id, UUID assetId, Disposal.Method method, String methodLabel, String reason, String decisionBody,
                               String decisionRef, LocalDate decidedOn, BigDecimal proceeds, String proceedsTo, String recordedBy,
                               Instant recordedAt) {
    }

    @Inject
    AssetService assets;

    @Inject
    CurrentUser user;

    @Inject
    Outbox outbox;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @Operation(summary = "Record the disposal of an adjusted, confirmed asset (county; If-Match of the asset required)")
    public Response dispose(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DisposalRequest r) {
        user.require(Role.COUNTY);
        Asset a = assets.get(id);
        ETags.require(ifMatch, a.version);
        if (a.status == AssetStatus.DISPOSED) {
            throw ProblemException.keyed(409, "asset-disposed", "disposal.already", id);
        }
        if (a.status != AssetStatus.CONFIRMED) {
            throw ProblemException.keyed(422, "not-confirmed", "disposal.not-confirmed");
        }
        if (a.currentBatch != Batch.ADJUST) {
            throw ProblemException.keyed(422, "not-adjusted", "disposal.not-adjusted",
                    a.currentBatch == null ? new Text("disposal.not-classified") : a.currentBatch.label);
        }
        if (r.decidedOn().isAfter(assets.today())) {
            throw ProblemException.invalidField("decidedOn", "asset.not-in-future");
        }
        Instant now = assets.now();
        Disposal d = new Disposal();
        d.id = UUID.randomUUID();
        d.assetId = a.id;
        d.regionCode = a.regionCode;
        d.method = r.method();
        d.reason = r.reason().strip();
        d.decisionBody = r.decisionBody().strip();
        d.decisionRef = r.decisionRef().strip();
        d.decidedOn = r.decidedOn();
        d.proceeds = r.proceeds();
        d.proceedsTo = a.ownerName;
        d.recordedBy = user.subject();
        d.recordedAt = now;
        d.persist();
        a.status = AssetStatus.DISPOSED;
        a.disposedAt = now;
        a.updatedAt = now;
        outbox.append(AssetEvents.AGGREGATE, a.id.toString(), AssetEvents.DISPOSED_V1,
                new AssetDisposedV1(a.id.toString(), a.regionCode, d.method.name(), d.reason, d.decisionRef, d.proceeds, d.proceedsTo, now));
        return Response.created(uri.getAbsolutePath()).entity(view(d)).build();
    }

    @GET
    @Operation(summary = "The disposal record of an asset")
    public DisposalView get(@PathParam("id") UUID id) {
        assets.get(id);
        Disposal d = Disposal.<Disposal>find("assetId", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("disposal of asset", id));
        return view(d);
    }

    static DisposalView view(Disposal d) {
        return new DisposalView(d.id, d.assetId, d.method, d.method.label, d.reason, d.decisionBody, d.decisionRef, d.decidedOn, d.proceeds,
                d.proceedsTo, d.recordedBy, d.recordedAt);
    }
}
