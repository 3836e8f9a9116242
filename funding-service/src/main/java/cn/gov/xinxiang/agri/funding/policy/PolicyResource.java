package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.policy.PolicyParameterEndpoints;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * funding-service's policy: the uniform per-key API (GET list, GET/PUT {key}/{fromYear}) for the two floors,
 * and the year view it served before (GET/PUT {year}: the floors in force and the year's negative list).
 * Anyone signed in reads; only city users change.
 */
@Path("/api/v1/policy-parameters")
@Tag(name = "Policy parameters")
@SecurityRequirement(name = "jwt")
@ServiceScope("funding:read")
public class PolicyResource extends PolicyParameterEndpoints {

    @Inject
    PolicyService policies;

    @Inject
    Replies replies;

    @Context
    UriInfo uri;

    @GET
    @Path("/{year}")
    @RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
    @Operation(summary = "A fiscal year's floors in force (each with the year it applies from and its source document) and its negative list")
    public Response year(@PathParam("year") int year) {
        policies.get(year);
        return Replies.read(policies.require(year), p -> p.year().version, PolicyDtos.PolicyView::of);
    }

    @PUT
    @Path("/{year}")
    @Transactional
    @RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
    @Operation(summary = "Set a fiscal year's floors (from that year on) and its negative list (city users; If-Match when the year exists). "
            + "bankBenchmarkRate is no longer accepted (422 policy-moved): it is asset-service's asset.benchmark-rate")
    public Response putYear(@PathParam("year") int year, @Valid @NotNull PolicyDtos.PolicyRequest body,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        boolean created = policies.put(year, body, ifMatch);
        FundingPolicy p = policies.require(year);
        return created ? replies.created(uri.getAbsolutePath(), p, x -> x.year().version, PolicyDtos.PolicyView::of)
                : replies.changed(p, x -> x.year().version, PolicyDtos.PolicyView::of);
    }
}
