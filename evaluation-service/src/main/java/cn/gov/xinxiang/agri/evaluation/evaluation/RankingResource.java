package cn.gov.xinxiang.agri.evaluation.evaluation;

import cn.gov.xinxiang.agri.evaluation.inputs.FiscalYearParameter;
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

/** County rankings and the city overview of a year, from the latest published county evaluations. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rankings")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class RankingResource {

    @Inject
    RankingService rankings;

    @GET
    @Path("/rankings/counties")
    @Operation(summary = "Counties ranked by their latest published evaluation of a year; a county user sees its own row with its rank")
    public RankingService.Ranking counties(@QueryParam("fiscalYear") String fiscalYearParam) {
        return rankings.counties(FiscalYearParameter.parse(fiscalYearParam));
    }

    @GET
    @Path("/overview")
    @Operation(summary = "City overview of a year: the city's latest published result, county grades, the ranking and the programmes' figures (city users and auditors)")
    public RankingService.Overview overview(@QueryParam("fiscalYear") String fiscalYearParam) {
        return rankings.overview(FiscalYearParameter.parse(fiscalYearParam));
    }
}
