package cn.gov.xinxiang.agri.funding.plan;

import cn.gov.xinxiang.agri.contracts.funding.PlanAmendedV1;
import cn.gov.xinxiang.agri.contracts.funding.PlanPublishedV1;
import cn.gov.xinxiang.agri.funding.policy.Shares;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.i18n.Messages;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The arithmetic a plan must satisfy and the deciders of its commands (draft, publish, amend), as plain code: they
 * get the facts the service loaded and return the change with its event, or every violation (never a problem type).
 */
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

    /** A use as people read it: its Chinese label, or in English its field name. */
    static Localized named(FundUse use) {
        return l -> l == Language.ZH ? use.label : field(use);
    }

    /** The JSON field name of a use in {@code uses} / {@code countyShares[i].uses}. */
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
    public static List<Violation> check(PlanFigures f, List<Map.Entry<String, BigDecimal>> countyShares) {
        return checkLines(f, countyShares.stream().map(e -> new ShareLine(e.getKey(), e.getValue(), null)).toList());
    }

    /**
     * As {@link #check(PlanFigures, List)}, and where a county's share is broken down by use: the uses add up
     * to its amount, and no use is split to the counties beyond what the plan plans for it.
     */
    public static List<Violation> checkLines(PlanFigures f, List<ShareLine> countyShares) {
        List<Violation> errors = new ArrayList<>();
        for (int i = 0; i < countyShares.size(); i++) {
            UseSplit u = countyShares.get(i).uses();
            if (u != null && u.total().compareTo(countyShares.get(i).amount()) != 0) {
                errors.add(Violation.field("countyShares[" + i + "].uses", "plan.county-uses-sum", u.total().toPlainString(),
                        countyShares.get(i).amount().toPlainString()));
            }
        }
        for (FundUse use : FundUse.values()) {
            BigDecimal split = countyShares.stream().filter(s -> s.uses() != null).map(s -> s.uses().of(use)).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (split.compareTo(f.planned(use)) > 0) {
                errors.add(Violation.field("countyShares", "plan.counties-use-over", named(use), split.toPlainString(),
                        f.planned(use).toPlainString()));
            }
        }
        List<Map.Entry<String, BigDecimal>> amounts = countyShares.stream().map(s -> Map.entry(s.countyCode(), s.amount())).toList();
        errors.addAll(0, checkAmounts(f, amounts));
        return errors;
    }

    private static List<Violation> checkAmounts(PlanFigures f, List<Map.Entry<String, BigDecimal>> countyShares) {
        List<Violation> errors = new ArrayList<>();
        BigDecimal total = f.total();
        if (total.signum() <= 0) {
            errors.add(Violation.field("sources", "plan.sources-positive"));
        }
        if (f.usesTotal().compareTo(total) != 0) {
            errors.add(Violation.field("uses", "plan.uses-sum", f.usesTotal().toPlainString(), total.toPlainString()));
        }
        if (f.leadingIndustry().compareTo(f.industryDevelopment()) > 0) {
            errors.add(Violation.field("uses.leadingIndustry", "plan.leading-within-industry"));
        }
        BigDecimal split = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < countyShares.size(); i++) {
            if (!seen.add(countyShares.get(i).getKey())) {
                errors.add(Violation.field("countyShares[" + i + "].countyCode", "plan.county-twice", countyShares.get(i).getKey()));
            }
            split = split.add(countyShares.get(i).getValue());
        }
        if (split.compareTo(total) > 0) {
            errors.add(Violation.field("countyShares", "plan.shares-over", split.toPlainString(), total.toPlainString()));
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
    public static List<Violation> allocationsAbove(PlanFigures f, List<ShareLine> shares, List<Held> held) {
        List<Violation> errors = new ArrayList<>();
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
                errors.add(Violation.field("countyShares", "plan.county-dropped-held", e.getKey(), ids(e.getValue()), sum.toPlainString()));
                continue;
            }
            ShareLine s = shares.get(i);
            if (sum.compareTo(s.amount()) > 0) {
                errors.add(Violation.field("countyShares[" + i + "].amount", "plan.county-held-over", s.countyCode(), ids(e.getValue()),
                        sum.toPlainString(), s.amount().toPlainString()));
            }
            if (s.uses() != null) {
                for (FundUse use : FundUse.values()) {
                    List<Held> ofUse = e.getValue().stream().filter(h -> h.use() == use).toList();
                    BigDecimal u = sum(ofUse);
                    if (!ofUse.isEmpty() && u.compareTo(s.uses().of(use)) > 0) {
                        errors.add(Violation.field("countyShares[" + i + "].uses." + field(use), "plan.county-use-held-over", s.countyCode(),
                                named(use), ids(ofUse), u.toPlainString(), s.uses().of(use).toPlainString()));
                    }
                }
            }
        }
        for (FundUse use : FundUse.values()) {
            List<Held> ofUse = held.stream().filter(h -> h.use() == use && h.amount().signum() > 0).toList();
            BigDecimal u = sum(ofUse);
            if (!ofUse.isEmpty() && u.compareTo(f.planned(use)) > 0) {
                errors.add(Violation.field("uses." + field(use), "plan.use-held-over", named(use), ids(ofUse), u.toPlainString(),
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
        return breaches(floors, onNegativeList.stream().anyMatch(h -> h.amount().signum() > 0));
    }

    /** The rules broken by a plan with these floors that does (or does not) put money to a purpose on the negative list. */
    public static Set<Breach> breaches(FloorCheck floors, boolean onNegativeList) {
        Set<Breach> out = EnumSet.noneOf(Breach.class);
        if (!floors.industryMeets()) {
            out.add(Breach.INDUSTRY_SHARE_FLOOR);
        }
        if (!floors.leadingMeets()) {
            out.add(Breach.LEADING_SHARE_FLOOR);
        }
        if (onNegativeList) {
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

    // ---- deciders -------------------------------------------------------------------------------

    /**
     * A draft's figures and split refused as one 422 {@code plan-inconsistent} naming every field (the detail is the
     * one field's message, or how many there are); empty when consistent.
     */
    public static List<Violation> consistent(PlanFigures f, List<ShareLine> shares) {
        List<Violation> errors = checkLines(f, shares);
        if (errors.isEmpty()) {
            return List.of();
        }
        Violation lead = errors.size() == 1
                ? Violation.rule("plan-inconsistent", "problem.field-message", errors.get(0).field(), errors.get(0).text())
                : Violation.rule("plan-inconsistent", "plan.figures-inconsistent", errors.size());
        return with(lead, errors);
    }

    /** A new draft for a year: consistent, and the year has no plan yet ({@code yearTaken}). */
    public static Decision<PlanFigures> draft(int fiscalYear, PlanFigures f, List<ShareLine> shares, boolean yearTaken) {
        List<Violation> inconsistent = consistent(f, shares);
        if (!inconsistent.isEmpty()) {
            return refused(inconsistent);
        }
        return yearTaken ? Decision.refuse(Violation.state("plan-exists", "plan.exists", fiscalYear)) : Decision.allow(f);
    }

    /** A draft's changed figures and split: as consistent as a new one. */
    public static Decision<PlanFigures> redraft(PlanFigures f, List<ShareLine> shares) {
        return Decision.of(consistent(f, shares), f);
    }

    /** Only a draft changes, and never its fiscal year. */
    public static List<Violation> mayRedraft(UUID planId, PlanStatus status, int fiscalYear, int requestedYear) {
        if (status != PlanStatus.DRAFT) {
            return List.of(Violation.state("plan-published", "plan.published", planId));
        }
        return requestedYear == fiscalYear ? List.of() : List.of(Violation.field("fiscalYear", "plan.year-fixed", fiscalYear));
    }

    /**
     * The county of a requested share ({@code countyShares[i]}): a county-level unit the region directory knows
     * ({@code known}), within the caller's city; 400 on the share's {@code countyCode} otherwise.
     */
    public static Decision<RegionCode> county(int i, String code, RegionCode city, Predicate<RegionCode> known) {
        Optional<RegionCode> county = RegionCode.parse(code);
        if (county.isEmpty() || county.get().tier() != Tier.COUNTY || !known.test(county.get()) || !county.get().isWithin(city)) {
            return Decision.refuse(Violation.field("countyShares[" + i + "].countyCode", "plan.not-county", String.valueOf(code), city.value()));
        }
        return Decision.allow(county.get());
    }

    /** Only a published plan is amended. */
    public static List<Violation> mayAmend(UUID planId, PlanStatus status) {
        return status == PlanStatus.PUBLISHED ? List.of() : List.of(Violation.state("plan-not-published", "plan.amend-draft", planId));
    }

    /**
     * What a publication is decided on: the draft as stored (figures and county split), the year's floors from the
     * policy store, the justification given with the command (raw; blank is none) and the one the draft already has.
     */
    public record PublishFacts(UUID planId, int fiscalYear, PlanStatus status, PlanFigures figures, List<ShareLine> shares,
                               BigDecimal industryFloor, BigDecimal leadingFloor, String justification, String currentJustification,
                               String by, Instant at) {
    }

    /** A publication: where the plan stands against the floors, the justification to record (null: keep) and the event. */
    public record Publication(FloorCheck floors, Set<Breach> breaches, String justification, PlanPublishedV1 event) {
    }

    /**
     * Publishing a draft: its whole total is split to counties, and below a floor (numbers from the year's policy)
     * the city gives a justification.
     */
    public static Decision<Publication> publish(PublishFacts x) {
        if (x.status() != PlanStatus.DRAFT) {
            return Decision.refuse(Violation.state("plan-published", "plan.published", x.planId()));
        }
        PlanFigures f = x.figures();
        BigDecimal unsplit = unsplit(f, x.shares().stream().map(ShareLine::amount).toList());
        if (unsplit.signum() != 0) {
            return Decision.refuse(Violation.rule("plan-not-fully-split", "plan.not-split", unsplit.toPlainString()));
        }
        FloorCheck floors = floors(f, x.industryFloor(), x.leadingFloor());
        String justification = clean(x.justification());
        if (floors.belowFloor() && justification == null) {
            return Decision.refuse(Violation.rule("below-floor-needs-justification", "plan.below-floor", floors.industryShare(),
                            Shares.displayFloor(x.industryFloor()), floors.leadingShare(), Shares.displayFloor(x.leadingFloor())),
                    Violation.field("justification", "plan.justification-required"));
        }
        String recorded = justification != null ? justification : x.currentJustification();
        PlanPublishedV1 event = new PlanPublishedV1(x.planId().toString(), x.fiscalYear(), f.central(), f.provincial(), f.city(), f.county(),
                f.total(), f.industryDevelopment(), f.leadingIndustry(), f.infrastructure(), f.employment(), f.other(),
                floors.belowFloor(), recorded, x.shares().stream().map(s -> new PlanPublishedV1.CountyShare(s.countyCode(), s.amount())).toList(),
                x.by(), x.at());
        return Decision.allow(new Publication(floors, breaches(floors, false), justification, event));
    }

    /**
     * What an amendment is decided on: the plan as it stands (version, figures, split), the amended figures and
     * split, what its allocations hold, the year's floors and negative list (codes) from the policy store, and the
     * command's justification (raw) and reason.
     */
    public record AmendFacts(UUID planId, int fiscalYear, int planVersion, PlanFigures current, List<ShareLine> currentShares,
                             PlanFigures figures, List<ShareLine> shares, List<Held> held,
                             BigDecimal industryFloor, BigDecimal leadingFloor, Set<String> negativeList,
                             String justification, String reason, String by, Instant at) {
    }

    /** An amendment: the new version's number, its floors and breaches, the justification it records (null when it breaks nothing), the event. */
    public record Amendment(int versionNo, FloorCheck floors, Set<Breach> breaches, String justification, PlanAmendedV1 event) {
    }

    /**
     * Amending a published plan: the amended figures are consistent and fully split, change something, still hold
     * every allocation made, and where they break a floor or the negative list the city gives a justification.
     */
    public static Decision<Amendment> amend(AmendFacts x) {
        PlanFigures f = x.figures();
        List<Violation> inconsistent = consistent(f, x.shares());
        if (!inconsistent.isEmpty()) {
            return refused(inconsistent);
        }
        BigDecimal unsplit = unsplit(f, x.shares().stream().map(ShareLine::amount).toList());
        if (unsplit.signum() != 0) {
            return Decision.refuse(Violation.rule("plan-not-fully-split", "plan.amended-not-split", unsplit.toPlainString()),
                    Violation.field("countyShares", "plan.shares-add-up", f.total().toPlainString()));
        }
        if (unchanged(x.current(), x.currentShares(), f, x.shares())) {
            return Decision.refuse(Violation.rule("amendment-changes-nothing", "plan.amendment-same", x.planVersion()),
                    Violation.field("countyShares", "plan.same-as-current"));
        }
        List<Violation> above = allocationsAbove(f, x.shares(), x.held());
        if (!above.isEmpty()) {
            Violation lead = above.size() == 1
                    ? Violation.rule("amendment-below-allocations", "plan.below-allocations", above.get(0).text())
                    : Violation.rule("amendment-below-allocations", "plan.below-allocations-more", above.get(0).text(), above.size() - 1);
            return refused(with(lead, above));
        }
        FloorCheck floors = floors(f, x.industryFloor(), x.leadingFloor());
        List<Held> forbidden = x.held().stream().filter(h -> x.negativeList().contains(h.purposeCode())).toList();
        Set<Breach> breaches = breaches(floors, forbidden);
        String justification = clean(x.justification());
        if (!breaches.isEmpty() && justification == null) {
            List<Text> why = new ArrayList<>();
            if (breaches.contains(Breach.INDUSTRY_SHARE_FLOOR)) {
                why.add(new Text("plan.breach-industry", floors.industryShare(), Shares.displayFloor(x.industryFloor())));
            }
            if (breaches.contains(Breach.LEADING_SHARE_FLOOR)) {
                why.add(new Text("plan.breach-leading", floors.leadingShare(), Shares.displayFloor(x.leadingFloor())));
            }
            if (breaches.contains(Breach.NEGATIVE_LIST)) {
                why.add(new Text("plan.breach-negative-list", ids(forbidden), x.fiscalYear()));
            }
            String slugs = slugs(breaches);
            return Decision.refuse(Violation.rule("below-floor-needs-justification", "plan.amended-breaks", slugs, joined(why)),
                    Violation.field("justification", "plan.justification-breaks", slugs));
        }
        String recorded = breaches.isEmpty() ? null : justification;
        int versionNo = x.planVersion() + 1;
        PlanAmendedV1 event = new PlanAmendedV1(x.planId().toString(), x.fiscalYear(), versionNo, f.central(), f.provincial(), f.city(),
                f.county(), f.total(), f.industryDevelopment(), f.leadingIndustry(), f.infrastructure(), f.employment(), f.other(),
                floors.belowFloor(), breaches.stream().map(b -> b.slug).toList(), recorded, x.reason().strip(),
                x.shares().stream().map(l -> new PlanAmendedV1.CountyShare(l.countyCode(), l.amount(),
                        l.uses() == null ? null : new PlanAmendedV1.Uses(l.uses().industryDevelopment(), l.uses().infrastructure(),
                                l.uses().employment(), l.uses().other()))).toList(),
                x.by(), x.at());
        return Decision.allow(new Amendment(versionNo, floors, breaches, recorded, event));
    }

    /** The slugs of broken rules as a message shows them: "industry-share-floor, negative-list". */
    public static String slugs(Set<Breach> breaches) {
        return breaches.stream().map(b -> b.slug).collect(Collectors.joining(", "));
    }

    /** A justification as given: stripped, and blank is none. */
    static String clean(String justification) {
        return justification == null || justification.isBlank() ? null : justification.strip();
    }

    private static <T> Decision<T> refused(List<Violation> violations) {
        return Decision.of(violations, null);
    }

    private static List<Violation> with(Violation lead, List<Violation> fields) {
        List<Violation> all = new ArrayList<>();
        all.add(lead);
        all.addAll(fields);
        return all;
    }

    /** Several texts as one, in the reader's language, separated as lists are in it (e.g. the rules a plan breaks). */
    public static Localized joined(List<Text> texts) {
        return l -> String.join(Messages.get().text(l, "problem.list-separator"), texts.stream().map(t -> t.in(l)).toList());
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
