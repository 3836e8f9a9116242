package cn.gov.xinxiang.agri.project.industry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/leading-industries/{countyCode}/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leading industries")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
public class LeadingIndustryResource {

    @Schema(name = "LeadingIndustry")
    public record IndustryDto(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+", message = "{agri.upper-case-code}") @Schema(examples = "PREPARED_MEALS") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "预制菜") String name) {
    }

    @Schema(name = "LeadingIndustriesRequest")
    public record ReplaceRequest(@NotNull @Size(max = 20) List<@Valid @NotNull IndustryDto> industries) {
    }

    @Inject
    LeadingIndustryService service;

    @GET
    @Operation(summary = "A county's leading industries (特色主导产业) for a year")
    public List<IndustryDto> get(@PathParam("countyCode") String countyCode, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return service.list(service.county(countyCode), year).stream().map(i -> new IndustryDto(i.code(), i.name())).toList();
    }

    @PUT
    @Operation(summary = "Replace your county's leading industries for a year (county users; 2-3 by policy parameter)")
    public List<IndustryDto> put(@PathParam("countyCode") String countyCode, @PathParam("year") @Min(2000) @Max(2100) int year,
                                 @Valid @NotNull ReplaceRequest body) {
        var county = service.activeCounty(countyCode);
        return service.replace(county, year, body.industries().stream().map(d -> new LeadingIndustryService.Industry(d.code(), d.name())).toList())
                .stream().map(i -> new IndustryDto(i.code(), i.name())).toList();
    }
}
