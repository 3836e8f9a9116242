package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.platform.http.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

/** Policy parameters are city-wide: anyone signed in reads them, only city users change them. */
@Path("/api/v1/policy-parameters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Policy parameters")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
public class PolicyResource {

    @Inject
    PolicyService policies;

    @Inject
    EntityManager em;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Policy parameters of every fiscal year, newest first")
    public List<PolicyDtos.PolicyView> list() {
        return policies.list().stream().map(PolicyDtos.PolicyView::of).toList();
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "Policy parameters of one fiscal year (floors, benchmark rate, negative list) with their source documents")
    public Response get(@PathParam("year") int year) {
        PolicyYear p = policies.get(year);
        return Response.ok(PolicyDtos.PolicyView.of(p)).tag(ETags.of(p.version)).build();
    }

    @PUT
    @Path("/{year}")
    @Transactional
    @Operation(summary = "Set a fiscal year's policy parameters (city users; If-Match required when they exist)")
    public Response put(@PathParam("year") int year, @Valid @NotNull PolicyDtos.PolicyRequest body,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        boolean created = policies.put(year, body, ifMatch);
        em.flush();
        PolicyYear p = policies.get(year);
        Response.ResponseBuilder r = created ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return r.entity(PolicyDtos.PolicyView.of(p)).tag(ETags.of(p.version)).build();
    }
}
