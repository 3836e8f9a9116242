package cn.gov.xinxiang.agri.asset.income;

import cn.gov.xinxiang.agri.asset.corrections.RecordVersions;
import cn.gov.xinxiang.agri.asset.corrections.VersionDtos;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.Replies;
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

@Path("/api/v1/assets/{id}/income")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Income inventory")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class IncomeResource {

    @Inject
    IncomeService income;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    Replies replies;

    @Context
    UriInfo uri;

    @POST
    @Transactional
    @Operation(summary = "Record an operating asset's income for an ended half-year (village or township)")
    public Response record(@PathParam("id") UUID id, @Valid @NotNull IncomeDtos.RecordRequest body,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.create(user.subject(), idempotencyKey, body, () -> {
            IncomeInventory i = income.record(id, body);
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(i.period).build(), IncomeDtos.InventoryView.of(i));
        });
    }

    @GET
    @Operation(summary = "An asset's income inventories, oldest period first")
    public List<IncomeDtos.InventoryView> history(@PathParam("id") UUID id) {
        return income.history(id).stream().map(IncomeDtos.InventoryView::of).toList();
    }

    @GET
    @Path("/{period}")
    @Operation(summary = "An asset's income inventory for one half-year, at its current version (ETag = version)")
    public Response one(@PathParam("id") UUID id, @PathParam("period") String period) {
        return Replies.read(income.one(id, period), i -> i.versionNo, IncomeDtos.InventoryView::of);
    }

    @POST
    @Path("/{period}/corrections")
    @Transactional
    @Operation(summary = "Correct an inventory as a new version with the reason (village or township; If-Match with its version)")
    public Response correct(@PathParam("id") UUID id, @PathParam("period") String period, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull IncomeDtos.CorrectionRequest body) {
        return replies.changed(income.correct(id, period, ifMatch, body), i -> i.versionNo, IncomeDtos.InventoryView::of);
    }

    @GET
    @Path("/{period}/versions")
    @Operation(summary = "Every version of an inventory as it read, oldest first, with the reason of each correction")
    public VersionDtos.VersionsView versions(@PathParam("id") UUID id, @PathParam("period") String period) {
        IncomeInventory i = income.one(id, period);
        return VersionDtos.of(RecordVersions.Kind.INCOME, i.id.toString(), i.versionNo, income.versions(i));
    }
}
