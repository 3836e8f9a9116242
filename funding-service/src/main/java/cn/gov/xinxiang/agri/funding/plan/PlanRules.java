package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.funding.compliance.Shares;
import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arithmetic a plan must satisfy, as plain code. */
public final class PlanRules {
    private PlanRules() {
    }

    /** Where a plan stands against the year's floors. */
    public record FloorCheck(boolean industryMeets, boolean leadingMeets, String industryShare, String leadingShare) {
        public boolean belowFloor() {
            return !industryMeets || !leadingMeets;
        }
    }

    /**
     * What is wrong with a plan's figures and county split, field by field; empty when consistent.
     * The split may leave money unassigned while drafting; publishing requires a full split.
     */
    public static List<FieldError> check(PlanFigures f, List<Map.Entry<String, BigDecimal>> countyShares) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal total = f.total();
        if (total.signum() <= 0) {
            errors.add(new FieldError("sources", "the sources must add up to more than zero"));
        }
        if (f.usesTotal().compareTo(total) != 0) {
            errors.add(new FieldError("uses", "the uses add up to " + f.usesTotal().toPlainString()
                    + " yuan but the sources to " + total.toPlainString()));
        }
        if (f.leadingIndustry().compareTo(f.industryDevelopment()) > 0) {
            errors.add(new FieldError("uses.leadingIndustry", "leading-industry funds are part of industry development and cannot exceed it"));
        }
        BigDecimal split = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < countyShares.size(); i++) {
            if (!seen.add(countyShares.get(i).getKey())) {
                errors.add(new FieldError("countyShares[" + i + "].countyCode", "county " + countyShares.get(i).getKey() + " appears twice"));
            }
            split = split.add(countyShares.get(i).getValue());
        }
        if (split.compareTo(total) > 0) {
            errors.add(new FieldError("countyShares", "the county shares add up to " + split.toPlainString()
                    + " yuan, more than the plan's " + total.toPlainString()));
        }
        return errors;
    }

    public static BigDecimal unsplit(PlanFigures f, List<BigDecimal> countyShares) {
        return f.total().subtract(countyShares.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public static FloorCheck floors(PlanFigures f, BigDecimal industryFloor, BigDecimal leadingFloor) {
        return new FloorCheck(
                Shares.meetsFloor(f.industryDevelopment(), f.total(), industryFloor),
                Shares.meetsFloor(f.leadingIndustry(), f.industryDevelopment(), leadingFloor),
                Shares.display(f.industryDevelopment(), f.total()),
                Shares.display(f.leadingIndustry(), f.industryDevelopment()));
    }
}
