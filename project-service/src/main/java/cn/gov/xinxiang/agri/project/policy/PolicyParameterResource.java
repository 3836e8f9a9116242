package cn.gov.xinxiang.agri.project.policy;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.policy.PolicyParameterEndpoints;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * project-service's policy parameters (minimum distinct and working mechanisms, notice days, leading
 * industries per county) through the suite's uniform policy API.
 */
@Path("/api/v1/policy-parameters")
@Tag(name = "Policy parameters")
@SecurityRequirement(name = "jwt")
@ServiceScope("project:read")
public class PolicyParameterResource extends PolicyParameterEndpoints {
}
