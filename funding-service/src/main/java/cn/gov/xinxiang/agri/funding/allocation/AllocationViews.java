package cn.gov.xinxiang.agri.funding.allocation;

import cn.gov.xinxiang.agri.funding.policy.Shares;
import cn.gov.xinxiang.agri.funding.library.LibraryProject;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds allocation views; project names for a whole page come from one query, not one per row. */
@ApplicationScoped
public class AllocationViews {

    @Inject
    RegionDirectory regions;

    public AllocationDtos.AllocationView view(Allocation a) {
        return views(List.of(a)).get(0);
    }

    /** Project names for a whole page in one query, not one per row. */
    public List<AllocationDtos.AllocationView> views(List<Allocation> list) {
        Collection<UUID> ids = list.stream().map(a -> a.projectId).collect(Collectors.toSet());
        Map<UUID, LibraryProject> projects = ids.isEmpty() ? Map.of()
                : LibraryProject.<LibraryProject>list("projectId in ?1", ids).stream()
                .collect(Collectors.toMap(p -> p.projectId, Function.identity()));
        return list.stream().map(a -> {
            LibraryProject p = projects.get(a.projectId);
            return new AllocationDtos.AllocationView(a.id, a.planId, a.fiscalYear, a.projectId, p == null ? null : p.code,
                    p == null ? null : p.name, a.countyCode, regions.nameOf(RegionCode.of(a.countyCode)), a.regionCode, a.use, a.use.label,
                    a.purposeCode, a.leadingIndustry, a.originalAmount, a.amount, a.disbursed, a.expended,
                    Shares.display(a.disbursed, a.amount), Shares.display(a.expended, a.amount), a.status, a.status.label,
                    a.revokedAmount, a.revocationReason, a.revokedBy, a.revokedAt, a.createdBy, a.createdAt, a.version);
        }).toList();
    }
}
