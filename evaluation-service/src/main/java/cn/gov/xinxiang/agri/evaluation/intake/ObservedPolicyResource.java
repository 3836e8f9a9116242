package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.evaluation.inputs.FiscalYearRules;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
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

import java.util.List;

/** The policy parameters evaluation-service has learned from agri.policy: read-only, changed only at their owner. */
@Path("/api/v1/observed-policy-parameters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Observed projects")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class ObservedPolicyResource {

    @Inject
    CurrentUser user;

    @Inject
    PolicyCopy policy;

    @GET
    @Operation(summary = "The copy of other services' policy parameters this service evaluates with (from policy.changed.v1); with year= the "
            + "row of each key in force that year. Change a value at its owner: PUT /api/v1/policy-parameters/{key}/{fromYear} there")
    public Page<PolicyCopy.Value> list(@QueryParam("year") Integer year, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        user.role();
        PageRequest req = PageRequest.of(page, size);
        List<PolicyCopy.Value> rows = policy.all();
        if (year != null) {
            Refusals.orThrow(FiscalYearRules.inRange("year", year));
            rows = rows.stream().map(PolicyCopy.Value::key).distinct().map(k -> policy.find(k, year)).flatMap(java.util.Optional::stream).toList();
        }
        return new Page<>(rows.stream().skip(req.offset()).limit(req.size()).toList(), req.page(), req.size(), rows.size());
    }
}
