package cn.gov.xinxiang.agri.funding.compliance;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Live compliance of a fiscal year's plan with the policy floors, and headroom per county. */
@Path("/api/v1/compliance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compliance")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("funding:read")
public class ComplianceResource {

    @Inject
    ComplianceService compliance;

    @GET
    @Path("/{fiscalYear}")
    @Operation(summary = "Compliance of a fiscal year's plan: industry share, leading-industry share, headroom per county")
    public ComplianceView get(@PathParam("fiscalYear") int year) {
        return compliance.of(year);
    }
}
