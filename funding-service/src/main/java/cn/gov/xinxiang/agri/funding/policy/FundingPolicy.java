package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.platform.policy.PolicyValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What funding rules need for a fiscal year: the floors in force (with the year each applies from) and the year's negative list. */
public record FundingPolicy(int fiscalYear, PolicyValue industryFloor, PolicyValue leadingFloor, PolicyYear year) {

    public BigDecimal industryShareFloor() {
        return industryFloor.value().stripTrailingZeros();
    }

    public BigDecimal leadingShareFloor() {
        return leadingFloor.value().stripTrailingZeros();
    }

    public List<PolicyYear.NegativeUse> negativeList() {
        return year.negativeList;
    }

    /** The codes of the year's negative list, for a rule that checks purposes against it. */
    public Set<String> negativeCodes() {
        return year.negativeList.stream().map(n -> n.code).collect(Collectors.toUnmodifiableSet());
    }

    /** The negative list as code → label, for a rule that names what it forbids. */
    public Map<String, String> negativeLabels() {
        return year.negativeList.stream().collect(Collectors.toUnmodifiableMap(n -> n.code, n -> n.label, (a, b) -> a));
    }

    public boolean forbids(String purposeCode) {
        return year.forbids(purposeCode);
    }
}
