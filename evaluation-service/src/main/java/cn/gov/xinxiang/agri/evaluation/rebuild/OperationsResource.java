package cn.gov.xinxiang.agri.evaluation.rebuild;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.evaluation.evaluation.EvaluationService;
import cn.gov.xinxiang.agri.evaluation.rebuild.OperationsRules.Command;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/** Operator commands: rebuild the read models from the topics; compare read-model states. */
@Path("/api/v1/operations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@SecurityRequirement(name = "jwt")
@RolesAllowed({"city", "county", "township", "village", "auditor", "service"})
@ServiceScope("evaluation:read")
public class OperationsResource {

    @Inject
    CurrentUser user;

    @Inject
    RebuildService rebuild;

    private void requireMayRun(Command command) {
        Refusals.orThrow(OperationsRules.mayRun(command, user.is(Role.CITY), user.is(Role.AUDITOR), user.scope().covers(EvaluationService.CITY_CODE)));
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Clear the read models and this service's inbox rows, then replay agri.project, agri.household, agri.funding, "
            + "agri.asset and agri.policy from the beginning to their current end, then recompute every current published evaluation and "
            + "report which equal the published result (city users; synchronous; 409 while another rebuild runs)")
    public RebuildService.Result rebuild() {
        requireMayRun(Command.REBUILD);
        Refusals.orThrow(OperationsRules.started(rebuild.tryStart()));
        try {
            return rebuild.rebuild();
        } finally {
            rebuild.finish();
        }
    }

    @GET
    @Path("/read-models")
    @Operation(summary = "Row count and content hash of each read-model table, to compare states (e.g. before and after a rebuild)")
    public Map<String, RebuildService.Fingerprint> readModels() {
        requireMayRun(Command.READ_MODELS);
        return rebuild.fingerprints();
    }
}
