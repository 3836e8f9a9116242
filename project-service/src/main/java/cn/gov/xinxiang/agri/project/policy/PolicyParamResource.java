package cn.gov.xinxiang.agri.project.policy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/policy-params")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy parameters")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
public class PolicyParamResource {

    @Inject
    PolicyParams params;

    @GET
    @Operation(summary = "The per-year policy parameters project-service applies, with their source documents")
    public List<PolicyParams.Param> list() {
        return params.all();
    }
}
