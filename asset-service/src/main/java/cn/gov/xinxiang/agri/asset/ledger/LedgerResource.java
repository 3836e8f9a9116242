package cn.gov.xinxiang.agri.asset.ledger;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/ledger")
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("asset:read")
public class LedgerResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LedgerService ledger;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ledger totals (台账) for a region in your subtree: by class, owner type, ownership nature, tier and sub-region")
    public LedgerDtos.LedgerView totals(@QueryParam("regionCode") String regionCode) {
        return ledger.ledger(ledger.region(regionCode));
    }

    @GET
    @Path("/export")
    @Produces({XLSX, "application/problem+json"})
    @Operation(summary = "The ledger as an XLSX workbook: one row per asset with a total, and a summary sheet")
    public Response export(@QueryParam("regionCode") String regionCode) {
        RegionCode r = ledger.region(regionCode);
        byte[] xlsx = LedgerXlsx.write(ledger.ledger(r), ledger.rows(r));
        return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"ledger-" + r.value() + ".xlsx\"").build();
    }
}
