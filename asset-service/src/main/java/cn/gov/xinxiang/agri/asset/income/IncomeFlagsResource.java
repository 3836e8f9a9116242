package cn.gov.xinxiang.agri.asset.income;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/income")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Income inventory")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class IncomeFlagsResource {

    @Inject
    IncomeService income;

    @GET
    @Path("/flags")
    @Operation(summary = "Operating assets in your region below the benchmark rate, and inventories missing after the deadline")
    public IncomeDtos.FlagsView flags(@QueryParam("period") String period, @QueryParam("size") Integer size) {
        return income.flags(period, size == null ? 50 : size);
    }
}
