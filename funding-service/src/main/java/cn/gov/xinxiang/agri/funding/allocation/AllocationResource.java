package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("funding:read")
public class AllocationResource {

    @Inject
    AllocationService allocations;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Inject
    Replies replies;

    @Inject
    AllocationViews views;

    @Context
    UriInfo uri;

    @GET
    @Path("/allocations/{id}")
    @Operation(summary = "Read an allocation in your region, with its disbursement and execution rates")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(allocations.get(id), a -> a.version, this::view);
    }

    @GET
    @Path("/allocations")
    @Operation(summary = "List allocations in your region, newest first")
    public Page<AllocationDtos.AllocationView> list(@QueryParam("fiscalYear") Integer fiscalYear,
                                                    @QueryParam("countyCode") String countyCode,
                                                    @QueryParam("projectId") UUID projectId,
                                                    @Parameter(schema = @Schema(implementation = AllocationStatus.class)) @QueryParam("status") String status,
                                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Page<Allocation> found = allocations.list(fiscalYear, countyCode, projectId, status, PageRequest.of(page, size));
        return new Page<>(views(found.items()), found.page(), found.size(), found.total());
    }

    @ServiceScope("funding:allocations:write")
    @POST
    @Path("/allocations/{id}/revocation")
    @Transactional
    @Operation(summary = "Revoke an allocation with a reason (If-Match required); undisbursed money returns to the county's headroom")
    public Response revoke(@PathParam("id") UUID id, @Valid @NotNull AllocationDtos.RevocationRequest body,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return replies.changed(allocations.revoke(id, body, ifMatch), a -> a.version, this::view);
    }

    @ServiceScope("funding:disbursements:write")
    @POST
    @Path("/allocations/{id}/disbursements")
    @Transactional
    @Operation(summary = "Record a disbursement (拨付) against an allocation, never beyond it (county and city users)")
    public Response disburse(@PathParam("id") UUID id, @Valid @NotNull AllocationDtos.DisbursementRequest body,
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return recordOnce("disbursement", id, body, idempotencyKey, () -> allocations.disburse(id, body), d -> d.id,
                AllocationDtos.DisbursementView::of);
    }

    @GET
    @Path("/allocations/{id}/disbursements")
    @Operation(summary = "Disbursements of an allocation, oldest first")
    public List<AllocationDtos.DisbursementView> disbursements(@PathParam("id") UUID id) {
        return allocations.disbursements(id).stream().map(AllocationDtos.DisbursementView::of).toList();
    }

    @ServiceScope("funding:expenditures:write")
    @POST
    @Path("/allocations/{id}/expenditures")
    @Transactional
    @Operation(summary = "Record an expenditure (支出) of disbursed money, never beyond what was disbursed")
    public Response spend(@PathParam("id") UUID id, @Valid @NotNull AllocationDtos.ExpenditureRequest body,
                          @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return recordOnce("expenditure", id, body, idempotencyKey, () -> allocations.spend(id, body), e -> e.id,
                AllocationDtos.ExpenditureView::of);
    }

    @GET
    @Path("/allocations/{id}/expenditures")
    @Operation(summary = "Expenditures of an allocation, oldest first")
    public List<AllocationDtos.ExpenditureView> expenditures(@PathParam("id") UUID id) {
        return allocations.expenditures(id).stream().map(AllocationDtos.ExpenditureView::of).toList();
    }

    /** A payment recorded once per caller and Idempotency-Key, answered 201 at its own address below the allocation. */
    private <T> Response recordOnce(String kind, UUID allocationId, Object body, String idempotencyKey, Supplier<T> record,
                                    Function<T, UUID> idOf, Function<T, ?> view) {
        return idempotency.create(kind + ":" + user.subject(), idempotencyKey, List.of(allocationId, body), () -> {
            T made = record.get();
            return new Idempotency.Created(uri.getAbsolutePathBuilder().path(idOf.apply(made).toString()).build(), view.apply(made));
        });
    }

    private AllocationDtos.AllocationView view(Allocation a) {
        return views.view(a);
    }

    private List<AllocationDtos.AllocationView> views(List<Allocation> list) {
        return views.views(list);
    }
}
