package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** Allocating from a plan; its own class because JAX-RS matches /api/v1/plans to PlanResource first. */
@Path("/api/v1/plans/{planId}/allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Allocations")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("funding:read")
public class PlanAllocationResource {

    @Inject
    AllocationService allocations;

    @Inject
    AllocationViews views;

    @Inject
    CurrentUser user;

    @Inject
    Idempotency idempotency;

    @Context
    UriInfo uri;

    @ServiceScope("funding:allocations:write")
    @POST
    @Transactional
    @Operation(summary = "Allocate funds from the project's county share to a library project (county and city users)")
    public Response allocate(@PathParam("planId") UUID planId, @Valid @NotNull AllocationDtos.AllocationRequest body,
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return idempotency.create("allocation:" + user.subject(), idempotencyKey, List.of(planId, body), () -> {
            Allocation a = allocations.allocate(planId, body);
            return new Idempotency.Created(uri.getBaseUriBuilder().path("api/v1/allocations").path(a.id.toString()).build(), views.view(a));
        });
    }

}
