package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Entity to API view, with Chinese labels next to the English codes. */
@ApplicationScoped
public class ProjectViews {

    @Inject
    RegionDirectory regions;

    public ProjectDtos.ProjectSummary summary(Project p) {
        return new ProjectDtos.ProjectSummary(p.id, p.code, p.name, p.fiscalYear, p.regionCode, regions.nameOf(RegionCode.of(p.regionCode)),
                p.industryCategory, p.industryCategory.label, p.leadingIndustryCode, p.investmentTotal, p.status, p.status.label,
                p.createdAt, p.version);
    }

    public ProjectDtos.ProjectView view(Project p) {
        return new ProjectDtos.ProjectView(p.id, p.code, p.name, p.description, p.fiscalYear, p.regionCode,
                regions.nameOf(RegionCode.of(p.regionCode)), p.countyCode, p.industryCategory, p.industryCategory.label,
                p.leadingIndustryCode,
                new ProjectDtos.Investment(p.investmentLinkageFunds, p.investmentOtherFiscal, p.investmentSelfRaised, p.investmentCredit,
                        p.investmentTotal),
                p.participants.stream().map(x -> new ProjectDtos.ParticipantView(x.role, x.role.label, x.entityType, x.entityType.label,
                        x.name, x.creditCode)).toList(),
                p.mechanisms.stream().map(m -> new ProjectDtos.MechanismView(m.type, m.type.label, m.plannedPovertyAlleviated,
                        m.plannedMonitored, m.plannedOther, m.expectedIncomePerHousehold, m.description)).toList(),
                p.targets.stream().map(t -> new ProjectDtos.TargetDto(t.indicator, t.targetValue, t.unit)).toList(),
                p.reviewChecks.stream().map(c -> new ProjectDtos.CheckView(c.checkType, c.checkType.label, c.passed, c.evidence)).toList(),
                p.assets.stream().map(a -> new ProjectDtos.AssetView(a.assetRef, a.name, a.assetClass, a.assetClass.label, a.value,
                        a.locationCode, a.householdId)).toList(),
                p.status, p.status.label, p.noticeStartedOn, p.noticeEndsOn, p.admittedAt, p.startedAt, p.completedOn, p.acceptedAt,
                p.createdBy, p.createdAt, p.updatedAt, p.version);
    }
}
