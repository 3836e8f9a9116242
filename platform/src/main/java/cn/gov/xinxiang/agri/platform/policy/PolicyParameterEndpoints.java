package cn.gov.xinxiang.agri.platform.policy;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The uniform policy-parameter API of a service that owns parameters. A service declares
 * {@code @Path("/api/v1/policy-parameters") class PolicyParameterResource extends PolicyParameterEndpoints}
 * (one root class per path, so an owner can add its own sub-resources beside these):
 * <ul>
 *   <li>{@code GET /api/v1/policy-parameters[?year=&key=]}: every row, or the row of each key in force in a year;</li>
 *   <li>{@code GET /api/v1/policy-parameters/{key}/{fromYear}}: one row, with its ETag;</li>
 *   <li>{@code PUT /api/v1/policy-parameters/{key}/{fromYear}}: city users create a row (201) or change it (If-Match),
 *       and the value is published as {@code policy.changed.v1} on {@code agri.policy}.</li>
 * </ul>
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class PolicyParameterEndpoints {

    @Schema(name = "PolicyParameterChange", description = "The value of a key from a year on, and the document that sets it")
    public record Change(
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 6) @Schema(examples = "0.0175") BigDecimal value,
            @NotBlank @Size(max = 500) @Schema(examples = "中国人民银行2025年一年期定期存款基准利率") String sourceDocument) {
    }

    @Schema(name = "PolicyParameterValue")
    public record View(@Schema(examples = "asset.benchmark-rate") String key,
                       @Schema(examples = "同期银行基准利率（资产年收益率下限）") String label,
                       @Schema(examples = "2020", description = "the first year this value applies to; it applies until a row with a later appliesFrom") int appliesFrom,
                       @Schema(examples = "0.015") BigDecimal value,
                       @Schema(examples = "fraction") String unit,
                       @Schema(examples = "1.5%") String display,
                       String sourceDocument,
                       @Schema(examples = "asset-service") String owner,
                       long version, String updatedBy, Instant updatedAt) {
    }

    @Inject
    protected PolicyParameterStore store;

    @Inject
    protected CurrentUser user;

    protected View view(PolicyValue v) {
        PolicyKey k = store.catalog().find(v.key()).orElse(null);
        return new View(v.key(), k == null ? v.key() : k.label(), v.appliesFrom(), v.value().stripTrailingZeros().scale() < 0
                ? v.value().setScale(0) : v.value().stripTrailingZeros(), v.unit().code, PolicyKey.display(v.value(), v.unit()),
                v.sourceDocument(), store.owner(), v.version(), v.updatedBy(), v.updatedAt());
    }

    static int parseYear(String field, String text) {
        try {
            int year = Integer.parseInt(text.trim());
            PolicyParameterStore.checkYear(field, year);
            return year;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "policy.year-format");
        }
    }

    @GET
    @ServiceScope(ServiceScope.SERVICE + ":read")
    @RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
    @Operation(summary = "This service's policy parameters with their source documents: every row (by key and year), or with year= the row of "
            + "each key in force that year (422 policy-year-not-covered for a year before a key's first row); key= filters one key")
    public Page<View> list(@QueryParam("year") String yearParam, @QueryParam("key") String key,
                           @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        user.role();
        PageRequest req = PageRequest.of(page, size);
        List<PolicyValue> rows;
        if (key != null && !key.isBlank()) {
            store.key(key);
        }
        if (yearParam != null && !yearParam.isBlank()) {
            int year = parseYear("year", yearParam);
            rows = key != null && !key.isBlank() ? List.of(store.require(key, year)) : store.inForce(year);
        } else {
            rows = store.all().stream().filter(v -> key == null || key.isBlank() || v.key().equals(key)).toList();
        }
        List<View> items = rows.stream().skip(req.offset()).limit(req.size()).map(this::view).toList();
        return new Page<>(items, req.page(), req.size(), rows.size());
    }

    @GET
    @ServiceScope(ServiceScope.SERVICE + ":read")
    @Path("/{key}/{fromYear}")
    @RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
    @Operation(summary = "One policy parameter row: the value of a key from a year on; the ETag is its version")
    public Response get(@PathParam("key") String key, @PathParam("fromYear") String fromYear) {
        user.role();
        store.key(key);
        int year = parseYear("fromYear", fromYear);
        PolicyValue v = store.row(key, year).orElseThrow(() -> ProblemException.notFound("policy parameter row", key + "/" + year));
        return Response.ok(view(v)).tag(ETags.of(v.version())).build();
    }

    @PUT
    @Path("/{key}/{fromYear}")
    @Transactional
    @RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
    @Operation(summary = "Set a policy parameter from a year on (city users): 201 for a new row, 200 for a change (If-Match with its ETag; 428 "
            + "without, 412 when stale). The stored value is published as policy.changed.v1 on agri.policy, which the services that use it consume")
    public Response put(@PathParam("key") String key, @PathParam("fromYear") String fromYear,
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull Change body) {
        user.require(Role.CITY);
        store.key(key);
        int year = parseYear("fromYear", fromYear);
        PolicyParameterStore.Stored s = store.put(key, year, body.value(), body.sourceDocument(), ifMatch, user.subject());
        Response.ResponseBuilder r = s.created()
                ? Response.created(URI.create("/api/v1/policy-parameters/" + key + "/" + year))
                : Response.ok();
        return r.entity(view(s.value())).tag(ETags.of(s.value().version())).build();
    }
}
