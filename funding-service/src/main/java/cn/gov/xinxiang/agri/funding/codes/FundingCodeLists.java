package cn.gov.xinxiang.agri.funding.codes;

import cn.gov.xinxiang.agri.funding.allocation.AllocationStatus;
import cn.gov.xinxiang.agri.funding.plan.FundUse;
import cn.gov.xinxiang.agri.funding.plan.PlanStatus;
import cn.gov.xinxiang.agri.funding.policy.PolicyYear;
import cn.gov.xinxiang.agri.platform.codes.CodeList;
import cn.gov.xinxiang.agri.platform.codes.CodeListSource;
import cn.gov.xinxiang.agri.platform.codes.CodeNames;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * funding-service's dictionaries. The negative list is data a city user sets per fiscal year: the list
 * served is this year's, or the latest year set before it; its names are what the city entered (Chinese only).
 */
@ApplicationScoped
public class FundingCodeLists implements CodeListSource {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final CodeNames names = CodeNames.load(FundingCodeLists.class.getClassLoader());

    @Inject
    Clock clock;

    @Override
    public List<CodeList> codeLists(Role caller) {
        return List.of(
                names.of("fund-uses", FundUse.class),
                names.of("plan-statuses", PlanStatus.class),
                names.of("allocation-statuses", AllocationStatus.class),
                negativeList());
    }

    private CodeList negativeList() {
        int thisYear = clock.instant().atZone(CHINA).getYear();
        Optional<PolicyYear> year = PolicyYear.<PolicyYear>find("fiscalYear <= ?1", Sort.descending("fiscalYear"), thisYear).firstResultOptional();
        List<CodeList.Entry> entries = new ArrayList<>();
        year.ifPresent(y -> y.negativeList.stream().sorted(Comparator.comparing(n -> n.code))
                .forEach(n -> entries.add(new CodeList.Entry(n.code, n.label, null, entries.size() + 1, null))));
        return new CodeList("negative-list", names.zh("negative-list"), names.en("negative-list"), entries);
    }
}
