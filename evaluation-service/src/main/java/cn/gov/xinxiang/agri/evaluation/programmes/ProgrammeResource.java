package cn.gov.xinxiang.agri.evaluation.programmes;

import cn.gov.xinxiang.agri.evaluation.inputs.FiscalYearParameter;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programmes' figures per county for a year (skills certificates, craftsmen, demonstration villages, envoys, consortia). */
@Path("/api/v1/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class ProgrammeResource {

    @Inject
    CurrentUser user;

    @Inject
    ProgrammeTotals totals;

    @GET
    @Path("/summary")
    @Transactional
    @Operation(summary = "Programme figures of a year per county of the caller's region and their sum: certificates, craftsmen by level, "
            + "demonstration villages, envoys and their services, consortia and the households they employ and link")
    public ProgrammeTotals.Summary summary(@QueryParam("fiscalYear") @Parameter(example = "2024", description = "required, 2000-2100") String fiscalYear) {
        // a county's figures are whole-county counts: a township or village user sees its county's row only if its scope covers the county
        return totals.of(FiscalYearParameter.parse(fiscalYear), county -> user.scope().covers(county));
    }
}
