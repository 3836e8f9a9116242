package cn.gov.xinxiang.agri.asset.policy;

import cn.gov.xinxiang.agri.platform.security.ServiceScope;
import cn.gov.xinxiang.agri.platform.policy.PolicyParameterEndpoints;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * asset-service's policy parameters (bank benchmark rate, 70% target share, inventory deadline) through
 * the suite's uniform policy API. A change applies at once: the income flags compare with the rate in
 * force, and evaluation-service re-reads it from agri.policy.
 */
@Path("/api/v1/policy-parameters")
@Tag(name = "Policy parameters")
@SecurityRequirement(name = "jwt")
@ServiceScope("asset:read")
public class PolicyParameterResource extends PolicyParameterEndpoints {
}
