package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.funding.policy.Shares;
import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** What a county's share is planned for, by use (the plan's leading-industry part is a plan-wide figure). */
    public record UseSplit(BigDecimal industryDevelopment, BigDecimal infrastructure, BigDecimal employment, BigDecimal other) {
        public BigDecimal of(FundUse use) {
            return switch (use) {
                case INDUSTRY_DEVELOPMENT -> industryDevelopment;
                case INFRASTRUCTURE -> infrastructure;
                case EMPLOYMENT -> employment;
                case OTHER -> other;
            };
        }

        public BigDecimal total() {
            return industryDevelopment.add(infrastructure).add(employment).add(other);
        }
    }

    /** A county's share: its amount and, when broken down, what it is planned for ({@code uses} null otherwise). */
    public record ShareLine(String countyCode, BigDecimal amount, UseSplit uses) {
    }

    /** Money an allocation holds now (after a revocation: what was already disbursed), with its use and purpose. */
    public record Held(UUID allocationId, String countyCode, FundUse use, String purposeCode, BigDecimal amount) {
    }

    /** A rule a plan version may break only with a recorded justification. */
    public enum Breach {
        INDUSTRY_SHARE_FLOOR("industry-share-floor"),
        LEADING_SHARE_FLOOR("leading-share-floor"),
        NEGATIVE_LIST("negative-list");

        public final String slug;

        Breach(String slug) {
            this.slug = slug;
        }
    }

    /** The JSON field name of a use in {@code uses} / {@code countyShares[i].uses}. */
    /** A use as people read it: its Chinese label, or in English its field name. */
    static Localized named(FundUse use) {
        return l -> l == Language.ZH ? use.label : field(use);
    }

    public static String field(FundUse use) {
        return switch (use) {
            case INDUSTRY_DEVELOPMENT -> "industryDevelopment";
            case INFRASTRUCTURE -> "infrastructure";
            case EMPLOYMENT -> "employment";
            case OTHER -> "other";
        };
    }

    /**
     * What is wrong with a plan's figures and county split, field by field; empty when consistent.
     * The split may leave money unassigned while drafting; publishing requires a full split.
     */
    public static List<FieldError> check(PlanFigures f, List<Map.Entry<String, BigDecimal>> countyShares) {
        return checkLines(f, countyShares.stream().map(e -> new ShareLine(e.getKey(), e.getValue(), null)).toList());
    }

    /**
     * As {@link #check(PlanFigures, List)}, and where a county's share is broken down by use: the uses add up
     * to its amount, and no use is split to the counties beyond what the plan plans for it.
     */
    public static List<FieldError> checkLines(PlanFigures f, List<ShareLine> countyShares) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < countyShares.size(); i++) {
            UseSplit u = countyShares.get(i).uses();
            if (u != null && u.total().compareTo(countyShares.get(i).amount()) != 0) {
                errors.add(ProblemException.fieldError("countyShares[" + i + "].uses", "plan.county-uses-sum", u.total().toPlainString(),
                        countyShares.get(i).amount().toPlainString()));
            }
        }
        for (FundUse use : FundUse.values()) {
            BigDecimal split = countyShares.stream().filter(s -> s.uses() != null).map(s -> s.uses().of(use)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (split.compareTo(f.planned(use)) > 0) {
                errors.add(ProblemException.fieldError("countyShares", "plan.counties-use-over", named(use), split.toPlainString(),
                        f.planned(use).toPlainString()));
            }
        }
        List<Map.Entry<String, BigDecimal>> amounts = countyShares.stream().map(s -> Map.entry(s.countyCode(), s.amount())).toList();
        errors.addAll(0, checkAmounts(f, amounts));
        return errors;
    }

    private static List<FieldError> checkAmounts(PlanFigures f, List<Map.Entry<String, BigDecimal>> countyShares) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal total = f.total();
        if (total.signum() <= 0) {
            errors.add(ProblemException.fieldError("sources", "plan.sources-positive"));
        }
        if (f.usesTotal().compareTo(total) != 0) {
            errors.add(ProblemException.fieldError("uses", "plan.uses-sum", f.usesTotal().toPlainString(), total.toPlainString()));
        }
        if (f.leadingIndustry().compareTo(f.industryDevelopment()) > 0) {
            errors.add(ProblemException.fieldError("uses.leadingIndustry", "plan.leading-within-industry"));
        }
        BigDecimal split = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < countyShares.size(); i++) {
            if (!seen.add(countyShares.get(i).getKey())) {
                errors.add(ProblemException.fieldError("countyShares[" + i + "].countyCode", "plan.county-twice", countyShares.get(i).getKey()));
            }
            split = split.add(countyShares.get(i).getValue());
        }
        if (split.compareTo(total) > 0) {
            errors.add(ProblemException.fieldError("countyShares", "plan.shares-over", split.toPlainString(), total.toPlainString()));
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

    /**
     * How much more a county may be allocated for a use: what the plan plans for the use less what all its
     * allocations of that use hold, and, where the county's share is broken down by use, what the share plans
     * for it less what the county's allocations of that use hold; the smaller of the two.
     */
    public static BigDecimal useHeadroom(PlanFigures f, ShareLine county, FundUse use, BigDecimal heldInPlan, BigDecimal heldInCounty) {
        BigDecimal plan = f.planned(use).subtract(heldInPlan);
        if (county.uses() == null) {
            return plan;
        }
        return plan.min(county.uses().of(use).subtract(heldInCounty));
    }

    /**
     * The allocations an amended plan would leave above it, field by field, each message naming them: per
     * county against its new amount (a county dropped from the plan has none), per county and use against its
     * new use split, and per use against the plan's new use totals. Empty when every allocation still fits.
     */
    public static List<FieldError> allocationsAbove(PlanFigures f, List<ShareLine> shares, List<Held> held) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            index.put(shares.get(i).countyCode(), i);
        }
        Map<String, List<Held>> byCounty = held.stream().filter(h -> h.amount().signum() > 0)
                .collect(Collectors.groupingBy(Held::countyCode, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<Held>> e : byCounty.entrySet()) {
            Integer i = index.get(e.getKey());
            BigDecimal sum = sum(e.getValue());
            if (i == null) {
                errors.add(ProblemException.fieldError("countyShares", "plan.county-dropped-held", e.getKey(), ids(e.getValue()), sum.toPlainString()));
                continue;
            }
            ShareLine s = shares.get(i);
            if (sum.compareTo(s.amount()) > 0) {
                errors.add(ProblemException.fieldError("countyShares[" + i + "].amount", "plan.county-held-over", s.countyCode(), ids(e.getValue()),
                        sum.toPlainString(), s.amount().toPlainString()));
            }
            if (s.uses() != null) {
                for (FundUse use : FundUse.values()) {
                    List<Held> ofUse = e.getValue().stream().filter(h -> h.use() == use).toList();
                    BigDecimal u = sum(ofUse);
                    if (!ofUse.isEmpty() && u.compareTo(s.uses().of(use)) > 0) {
                        errors.add(ProblemException.fieldError("countyShares[" + i + "].uses." + field(use), "plan.county-use-held-over", s.countyCode(),
                                named(use), ids(ofUse), u.toPlainString(), s.uses().of(use).toPlainString()));
                    }
                }
            }
        }
        for (FundUse use : FundUse.values()) {
            List<Held> ofUse = held.stream().filter(h -> h.use() == use && h.amount().signum() > 0).toList();
            BigDecimal u = sum(ofUse);
            if (!ofUse.isEmpty() && u.compareTo(f.planned(use)) > 0) {
                errors.add(ProblemException.fieldError("uses." + field(use), "plan.use-held-over", named(use), ids(ofUse), u.toPlainString(),
                        f.planned(use).toPlainString()));
            }
        }
        return errors;
    }

    /**
     * The rules a plan version breaks: a floor it is below, and the negative list when allocations of the plan
     * hold money for a purpose the year's list (as it stands now) forbids.
     */
    public static Set<Breach> breaches(FloorCheck floors, List<Held> onNegativeList) {
        Set<Breach> out = EnumSet.noneOf(Breach.class);
        if (!floors.industryMeets()) {
            out.add(Breach.INDUSTRY_SHARE_FLOOR);
        }
        if (!floors.leadingMeets()) {
            out.add(Breach.LEADING_SHARE_FLOOR);
        }
        if (onNegativeList.stream().anyMatch(h -> h.amount().signum() > 0)) {
            out.add(Breach.NEGATIVE_LIST);
        }
        return out;
    }

    /** True when an amendment would change nothing: same figures, same counties with the same amounts and uses. */
    public static boolean unchanged(PlanFigures before, List<ShareLine> sharesBefore, PlanFigures after, List<ShareLine> sharesAfter) {
        return same(before, after) && normalised(sharesBefore).equals(normalised(sharesAfter));
    }

    private static boolean same(PlanFigures a, PlanFigures b) {
        return a.central().compareTo(b.central()) == 0 && a.provincial().compareTo(b.provincial()) == 0 && a.city().compareTo(b.city()) == 0
                && a.county().compareTo(b.county()) == 0 && a.industryDevelopment().compareTo(b.industryDevelopment()) == 0
                && a.leadingIndustry().compareTo(b.leadingIndustry()) == 0 && a.infrastructure().compareTo(b.infrastructure()) == 0
                && a.employment().compareTo(b.employment()) == 0 && a.other().compareTo(b.other()) == 0;
    }

    private static Map<String, List<String>> normalised(List<ShareLine> lines) {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (ShareLine l : lines) {
            List<String> v = new ArrayList<>();
            v.add(l.amount().stripTrailingZeros().toPlainString());
            if (l.uses() != null) {
                for (FundUse u : FundUse.values()) {
                    v.add(l.uses().of(u).stripTrailingZeros().toPlainString());
                }
            }
            out.put(l.countyCode(), v);
        }
        return out;
    }

    private static BigDecimal sum(List<Held> held) {
        return held.stream().map(Held::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Allocation ids for a message: all of them up to 10, then how many more. */
    static String ids(List<Held> held) {
        List<String> ids = held.stream().map(h -> Objects.toString(h.allocationId())).toList();
        return ids.size() <= 10 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 10)) + ", … (+" + (ids.size() - 10) + ")";
    }
}
