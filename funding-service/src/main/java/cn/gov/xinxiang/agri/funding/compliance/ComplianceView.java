package cn.gov.xinxiang.agri.funding.compliance;

import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.funding.plan.PlanDtos;
import cn.gov.xinxiang.agri.funding.plan.PlanStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A fiscal year's plan against the policy floors, as planned and as allocated so far, with each county's headroom. */
@Schema(name = "ComplianceView", description = "Shares are exact fractions (ratio) and, rounded once for display, percentages (display)")
public record ComplianceView(int fiscalYear, UUID planId, PlanStatus status, String statusLabel,
                             @Schema(examples = "1013350000.00") BigDecimal planTotal,
                             @Schema(description = "planned: industry development over the plan total; leading industries over industry development")
                             Compliance.FloorShares planned,
                             @Schema(description = "the same shares over what is allocated so far")
                             Compliance.FloorShares allocated,
                             BigDecimal allocatedTotal, Map<FundUse, BigDecimal> allocatedByUse,
                             BigDecimal planHeadroom, boolean belowFloor,
                             String justification, String justifiedBy, Instant justifiedAt,
                             List<PlanDtos.CountyShareView> counties) {
}
