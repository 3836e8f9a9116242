package cn.gov.xinxiang.agri.asset.batch;

import cn.gov.xinxiang.agri.asset.register.Batch;
import cn.gov.xinxiang.agri.platform.http.Replies;
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

import java.util.List;
import java.util.UUID;

@Path("/api/v1/assets/{id}/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Four batches")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class BatchResource {

    @Inject
    BatchService batches;

    @Inject
    Replies replies;

    @Context
    UriInfo uri;

    @GET
    @Path("/proposal")
    @Operation(summary = "The batch the income history suggests for an operating asset, and why")
    public BatchDtos.ProposalView proposal(@PathParam("id") UUID id) {
        BatchService.ProposalWithBasis p = batches.propose(id);
        Batch b = p.proposal().batch();
        return new BatchDtos.ProposalView(id, b, b == null ? null : b.label, p.proposal().reason(), b == null ? null : b.typicalMeasures, p.periods());
    }

    @POST
    @Path("/decisions")
    @Transactional
    @Operation(summary = "Decide the batch with measures and reasons (county or city; If-Match of the asset required)")
    public Response decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull BatchDtos.DecideRequest body) {
        BatchService.Decided decided = batches.decide(id, ifMatch, body);
        return replies.created(uri.getAbsolutePathBuilder().path(decided.decision().id.toString()).build(), decided, x -> x.asset().version,
                x -> view(x.decision()));
    }

    @GET
    @Path("/decisions")
    @Operation(summary = "All batch decisions of an asset, oldest first")
    public List<BatchDtos.DecisionView> decisions(@PathParam("id") UUID id) {
        return batches.decisions(id).stream().map(BatchResource::view).toList();
    }

    static BatchDtos.DecisionView view(BatchDecision d) {
        return new BatchDtos.DecisionView(d.id, d.assetId, d.proposedBatch, d.proposalReason, d.batch, d.batch.label, d.measures, d.reasons,
                d.decidedBy, d.decidedAt);
    }
}
