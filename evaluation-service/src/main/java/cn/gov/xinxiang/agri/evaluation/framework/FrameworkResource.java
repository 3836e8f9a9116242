package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.evaluation.inputs.DependencyTracker;
import cn.gov.xinxiang.agri.evaluation.inputs.InputChange;
import cn.gov.xinxiang.agri.evaluation.intake.PolicyCopy;
import cn.gov.xinxiang.agri.evaluation.scoring.Direction;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.http.Idempotency;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/** The indicator framework per year: read by everyone, maintained by city users. */
@Path("/api/v1/indicator-frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicator framework")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class FrameworkResource {

    public record IndicatorView(String code, String name, String definition, String dataSource, String unit,
                                @Schema(description = "the target in force: the policy parameter's value when targetPolicyKey is set (null until it arrives)")
                                BigDecimal target,
                                @Schema(examples = "funding.industry-share-floor", description = "the policy parameter the target is taken from, or null")
                                String targetPolicyKey,
                                @Schema(description = "where the target comes from") String targetSource,
                                BigDecimal weight, Direction direction, String directionLabel,
                                @Schema(description = "without data a required indicator scores 0 (no data reported); an optional one is left out")
                                boolean required,
                                String sourceDocument, long version) {
        static IndicatorView of(IndicatorDefinition d, FrameworkService.Target t) {
            return new IndicatorView(d.code, d.name, d.definition, d.dataSource, d.unit, t.value(), d.targetPolicyKey, t.source(), d.weight,
                    d.direction, d.direction.label, d.required, d.sourceDocument, d.version);
        }
    }

    public record GradeBoundView(String grade, String label, BigDecimal minScore, String sourceDocument) {
    }

    public record FrameworkView(int fiscalYear, List<IndicatorView> indicators,
                                @Schema(description = "sum of the weights; the score divides by the weights of the counted indicators, so it need not be 100")
                                BigDecimal weightTotal, List<GradeBoundView> gradeBounds) {
    }

    public record IndicatorChange(
            @NotBlank @Size(max = 100) @Schema(examples = "产业发展资金占比") String name,
            @NotBlank @Size(max = 1000) String definition,
            @NotBlank @Size(max = 500) String dataSource,
            @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 10, fraction = 2)
            @Schema(examples = "65.00", description = "the framework's own target; omit it and name targetPolicyKey to follow a policy parameter") BigDecimal target,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "10.00") BigDecimal weight,
            @NotNull @Schema(examples = "HIGHER_IS_BETTER") Direction direction,
            @NotBlank @Size(max = 500) @Schema(examples = "新乡市农业农村局2025年绩效评价办法") String sourceDocument,
            @Schema(description = "whether a missing value scores 0; omitted = unchanged", examples = "true") Boolean required,
            @Size(max = 64) @Schema(description = "take the target from this policy parameter (agri.policy) instead of target", examples = "funding.industry-share-floor")
            String targetPolicyKey) {
    }

    public record BoundInput(@NotNull @Schema(examples = "EXCELLENT") Grade grade,
                             @NotBlank @Size(max = 10) @Schema(examples = "优") String label,
                             @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "90") BigDecimal minScore) {
    }

    public enum Grade { EXCELLENT, GOOD, FAIR, POOR }

    public record BoundsChange(@NotNull @Size(min = 4, max = 4) List<@Valid @NotNull BoundInput> bounds,
                               @NotBlank @Size(max = 500) @Schema(examples = "新乡市2026年绩效评价办法") String sourceDocument) {
    }

    public record CopyRequest(@NotNull @Min(2000) @Max(2100) @Schema(examples = "2025") Integer fromYear) {
    }

    @Inject
    CurrentUser user;

    @Inject
    FrameworkService frameworks;

    @Inject
    Idempotency idempotency;

    @Inject
    PolicyCopy policy;

    @Inject
    DependencyTracker tracker;

    static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalidField("fiscalYear", "policy.year-range", 2000, 2100);
        }
        return year;
    }

    /** The grade bounds have no version column: their ETag is a hash of their content. */
    long boundsVersion(int year) {
        StringBuilder sb = new StringBuilder();
        frameworks.boundRows(year).forEach(r -> sb.append(r[0]).append('|').append(r[1]).append('|')
                .append(((BigDecimal) r[2]).stripTrailingZeros().toPlainString()).append('|').append(r[3]).append(';'));
        return Integer.toUnsignedLong(sb.toString().hashCode());
    }

    @GET
    @Path("/{year}")
    @Operation(summary = "The indicators (definition, data source, target, weight, direction) and grade bounds of a fiscal year; "
            + "the ETag is the grade bounds' version")
    public Response read(@PathParam("year") int year) {
        FrameworkView view = get(year);
        return Response.ok(view).tag(ETags.of(boundsVersion(year))).build();
    }

    @PUT
    @Path("/{year}/grade-bounds")
    @Transactional
    @Operation(summary = "Replace the grade bounds of a year: 优/良/中/差 each once, descending, 差 from 0 (city users; If-Match with the framework's ETag)")
    public Response changeBounds(@PathParam("year") int year, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull BoundsChange body) {
        year(year);
        user.require(Role.CITY);
        if (frameworks.boundRows(year).isEmpty()) {
            throw ProblemException.notFound("indicator framework of fiscal year", year);
        }
        ETags.require(ifMatch, boundsVersion(year));
        java.util.Map<Grade, BigDecimal> byGrade = new java.util.EnumMap<>(Grade.class);
        for (int i = 0; i < body.bounds().size(); i++) {
            if (byGrade.put(body.bounds().get(i).grade(), body.bounds().get(i).minScore()) != null) {
                throw ProblemException.invalidField("bounds[" + i + "].grade", "framework.grades-once");
            }
        }
        if (byGrade.get(Grade.POOR).signum() != 0) {
            throw ProblemException.keyed(422, "grade-bounds", "framework.poor-from-zero");
        }
        if (!(byGrade.get(Grade.EXCELLENT).compareTo(byGrade.get(Grade.GOOD)) > 0 && byGrade.get(Grade.GOOD).compareTo(byGrade.get(Grade.FAIR)) > 0
                && byGrade.get(Grade.FAIR).compareTo(byGrade.get(Grade.POOR)) > 0)) {
            throw ProblemException.keyed(422, "grade-bounds", "framework.bounds-descend");
        }
        frameworks.replaceBounds(year, body.bounds().stream().map(b -> new Object[]{b.grade().name(), b.label(), b.minScore()}).toList(), body.sourceDocument());
        tracker.changed(List.of(InputChange.of("framework", year, null, "grade bounds of " + year + " changed")));
        return read(year);
    }

    FrameworkView get(int year) {
        year(year);
        user.role();
        List<IndicatorDefinition> indicators = frameworks.indicators(year);
        if (indicators.isEmpty()) {
            throw ProblemException.notFound("indicator framework of fiscal year", year);
        }
        List<GradeBoundView> bounds = frameworks.boundRows(year).stream()
                .map(r -> new GradeBoundView((String) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3])).toList();
        return new FrameworkView(year, indicators.stream().map(d -> IndicatorView.of(d, frameworks.targetOrNull(d))).toList(),
                indicators.stream().map(d -> d.weight).reduce(BigDecimal.ZERO, BigDecimal::add), bounds);
    }

    @PUT
    @Path("/{year}/indicators/{code}")
    @Transactional
    @Operation(summary = "Change an indicator's definition, data source, target (own, or taken from a policy parameter), weight, direction "
            + "or whether it is required (city users; If-Match required)")
    public Response change(@PathParam("year") int year, @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull IndicatorChange body) {
        year(year);
        user.require(Role.CITY);
        IndicatorDefinition d = IndicatorDefinition.<IndicatorDefinition>find("fiscalYear = :y and code = :c", Parameters.with("y", year).and("c", code))
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("indicator", year + "/" + code));
        ETags.require(ifMatch, d.version);
        String key = body.targetPolicyKey() == null || body.targetPolicyKey().isBlank() ? null : body.targetPolicyKey().strip();
        if (key == null && body.target() == null) {
            throw ProblemException.invalidField("target", "framework.target-required");
        }
        if (key != null && body.target() != null) {
            throw ProblemException.invalidField("target", "framework.target-or-key");
        }
        if (key != null && policy.all().stream().noneMatch(v -> v.key().equals(key))) {
            throw ProblemException.keyed(422, "unknown-policy-parameter", "framework.unknown-policy-key", key)
                    .field("targetPolicyKey", "framework.unknown");
        }
        d.name = body.name();
        d.definition = body.definition();
        d.dataSource = body.dataSource();
        // the stored target stays as the last own target while a policy parameter supplies it
        if (key == null) {
            d.target = body.target();
        }
        d.targetPolicyKey = key;
        d.weight = body.weight();
        d.direction = body.direction();
        d.sourceDocument = body.sourceDocument();
        if (body.required() != null) {
            d.required = body.required();
        }
        d.persistAndFlush();
        tracker.changed(List.of(InputChange.of("framework", year, null, "indicator " + code + " of " + year + " changed")));
        return Response.ok(IndicatorView.of(d, frameworks.targetOrNull(d))).tag(ETags.of(d.version)).build();
    }

    @POST
    @Path("/{year}/copy")
    @Transactional
    @Operation(summary = "Set up a fiscal year's framework as a copy of another year's (city users; Idempotency-Key honoured)")
    public Response copy(@PathParam("year") int year, @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull CopyRequest body) {
        year(year);
        user.require(Role.CITY);
        // the year is part of the request: the same key and body for another year is another request
        return idempotency.create(user.subject(), key, java.util.Map.of("fiscalYear", year, "fromYear", body.fromYear()), () -> {
            frameworks.copy(body.fromYear(), year);
            return new Idempotency.Created(URI.create("/api/v1/indicator-frameworks/" + year), get(year));
        });
    }
}
