package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.platform.policy.PolicyValue;

import java.math.BigDecimal;
import java.util.List;

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

    public boolean forbids(String purposeCode) {
        return year.forbids(purposeCode);
    }
}
