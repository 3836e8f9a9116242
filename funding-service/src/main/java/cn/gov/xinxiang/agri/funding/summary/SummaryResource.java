package cn.gov.xinxiang.agri.funding.summary;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/summaries")
@Tag(name = "Summaries")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("funding:read")
public class SummaryResource {

    @Inject
    SummaryService summaries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Fund execution of a region subtree in a fiscal year: per project, per county and in total")
    public SummaryService.Summary get(@Parameter(example = "2024") @QueryParam("fiscalYear") Integer fiscalYear,
                                      @Parameter(description = "a region within yours; default your own", example = "410725000000")
                                      @QueryParam("region") String region) {
        return summaries.summary(fiscalYear, region);
    }

    @GET
    @Path("/xlsx")
    @Produces(SummaryXlsx.MEDIA_TYPE)
    @Operation(summary = "The same summary as an XLSX workbook")
    public Response xlsx(@Parameter(example = "2024") @QueryParam("fiscalYear") Integer fiscalYear,
                         @Parameter(example = "410725000000") @QueryParam("region") String region) {
        SummaryService.Summary s = summaries.summary(fiscalYear, region);
        return Response.ok(SummaryXlsx.write(s), SummaryXlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"funds-" + s.fiscalYear() + "-" + s.regionCode() + ".xlsx\"")
                .build();
    }
}
