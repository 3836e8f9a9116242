package cn.gov.xinxiang.agri.project.policy;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
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

/** The list this service served before the uniform policy API; kept read-only for existing clients. */
@Path("/api/v1/policy-params")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Policy parameters")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class PolicyParamResource {

    @Inject
    PolicyParams params;

    @GET
    @Operation(summary = "Deprecated: the same rows as GET /api/v1/policy-parameters, in the old shape (key, year = the year the value "
            + "applies from, value, sourceDocument); change values with PUT /api/v1/policy-parameters/{key}/{fromYear}", deprecated = true)
    public List<PolicyParams.Param> list() {
        return params.all();
    }
}
