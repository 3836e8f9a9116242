package cn.gov.xinxiang.agri.project.household;

import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.http.Replies;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Households")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("project:read")
public class HouseholdResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    HouseholdService households;
    @Inject
    RegionDirectory regions;

    @ServiceScope("project:households:write")
    @POST
    @Path("/bulk-upsert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Upsert up to 10000 households by national household number (national system, city, county); "
            + "idempotent, all or nothing, per-row errors")
    public HouseholdDtos.UpsertResult bulk(@Valid @NotNull HouseholdDtos.BulkRequest body) {
        return households.upsert(body.households(), i -> "households[" + i + "]", HouseholdRules.Rejection.FIELDS);
    }

    @ServiceScope("project:households:write")
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Transactional
    @Operation(summary = "Import a CSV file (UTF-8, header row) of households; all or nothing, with a per-row error report")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "roster", value =
            "nationalHouseholdNo,villageCode,headName,category,labourCapacity,idNumber,onRoster\n"
                    + "4107259012010001,410725901201,张三,脱贫户,是,410725198001011237,是\n")))
    public HouseholdDtos.UpsertResult importCsv(String body) {
        return households.importCsv(body);
    }

    @ServiceScope("project:households:write")
    @POST
    @Path("/import")
    @Consumes(XLSX)
    @Transactional
    @Operation(summary = "Import the first sheet of an XLSX workbook of households (same columns as the CSV); "
            + "all or nothing, with a per-row error report")
    public HouseholdDtos.UpsertResult importXlsx(byte[] body) {
        return households.importXlsx(body);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a household in your region (ID number masked)")
    public Response get(@PathParam("id") UUID id) {
        return Replies.read(households.get(id), h -> h.version, this::view);
    }

    @GET
    @Operation(summary = "List households in your region, by village and national household number")
    public Page<HouseholdDtos.HouseholdView> list(@QueryParam("villageCode") String villageCode,
                                                  @QueryParam("category") String category,
                                                  @QueryParam("onRoster") Boolean onRoster,
                                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return households.list(villageCode, QueryParameters.enumValue("category", category, HouseholdCategory.class), onRoster, PageRequest.of(page, size))
                .map(this::view);
    }

    private HouseholdDtos.HouseholdView view(Household h) {
        return new HouseholdDtos.HouseholdView(h.id, h.nationalHouseholdNo, h.villageCode, regions.nameOf(RegionCode.of(h.villageCode)),
                h.headName, h.category, h.category.label, h.labourCapacity, h.idNumberMasked, h.onRoster, h.updatedAt, h.version);
    }
}
