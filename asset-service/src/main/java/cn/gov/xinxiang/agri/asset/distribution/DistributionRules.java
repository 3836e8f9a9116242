package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.asset.income.Period;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Distribution of a village's collective industry income for one period (收益分配):
 * <ul>
 *   <li>the lines add up to the income exactly, to the fen;</li>
 *   <li>at least the year's minimum share (e.g. 70%) goes to poverty-alleviated and monitored households;</li>
 *   <li>households with labour capacity are paid for recorded work, never unconditionally; those without
 *       get a basic guarantee;</li>
 *   <li>only roster households of this village that were still on the roster in the period are paid;</li>
 *   <li>the rest goes to listed permitted uses; administration, allowances, bonuses and debt are refused.</li>
 * </ul>
 * Plain code: every violation is collected and reported with the line it concerns (a malformed line is a 400 on its
 * field; the broken rules are one 422 {@code distribution-rule} naming them all).
 */
public final class DistributionRules {
    private DistributionRules() {
    }

    private static final String RULE = "distribution-rule";

    public static final Set<String> TARGET_CATEGORIES = Set.of("POVERTY_ALLEVIATED", "MONITORED");

    /** What the rules need to know of a household. */
    public record HouseholdFacts(UUID id, String villageCode, String category, boolean labourCapacity, boolean eligibleInPeriod) {
    }

    public record Line(LineKind kind, UUID householdId, DistributionUse use, BigDecimal amount, String workDescription, BigDecimal workDays) {
    }

    public record Outcome(BigDecimal targetAmount, BigDecimal targetShare, BigDecimal workPay, BigDecimal guarantee, BigDecimal permittedUse,
                          int householdsPaid) {
    }

    /** The public list names the region and the period it lists (400 on the first one missing). */
    public record PublicListing(String region, String period) {
    }

    public static Decision<PublicListing> publicListing(String region, String period) {
        if (region == null || period == null) {
            return Decision.refuse(Violation.field(region == null ? "village" : "period", "distribution.required"));
        }
        return Decision.allow(new PublicListing(region, period));
    }

    /** A distribution is of a village the region directory knows (400 on {@code villageCode} otherwise). */
    public static Decision<RegionCode> village(RegionCode code, boolean known) {
        if (code.tier() != Tier.VILLAGE || !known) {
            return Decision.refuse(Violation.field("villageCode", "distribution.unknown-village", code.value()));
        }
        return Decision.allow(code);
    }

    /** Only the village itself proposes its distribution (403 for a user of another region). */
    public static Decision<RegionCode> proposedByItsVillage(RegionCode village, RegionCode callersRegion) {
        return village.equals(callersRegion) ? Decision.allow(village) : Decision.refuse(Violation.forbidden("distribution.own-village-proposes"));
    }

    /** Only the village itself corrects its distribution (403 for a user of another region). */
    public static Decision<RegionCode> correctedByItsVillage(RegionCode village, RegionCode callersRegion) {
        return village.equals(callersRegion) ? Decision.allow(village) : Decision.refuse(Violation.forbidden("distribution.own-village-corrects"));
    }

    /** A village distributes a half-year's income once the half-year has ended, one distribution per village and period. */
    public static Decision<Period> distributable(String villageCode, Period period, LocalDate today, boolean alreadyProposed) {
        if (!period.end().isBefore(today)) {
            return Decision.refuse(Violation.field("period", "period.not-ended", period.toString(), period.end().toString()));
        }
        if (alreadyProposed) {
            return Decision.refuse(Violation.state("distribution-exists", "distribution.exists", period.toString(), villageCode));
        }
        return Decision.allow(period);
    }

    /** The lines' totals, or every malformed line (alone) or else every broken rule. */
    public static Decision<Outcome> check(String villageCode, BigDecimal income, BigDecimal minTargetShare, List<Line> lines,
                                Map<UUID, HouseholdFacts> households) {
        List<Violation> malformed = new ArrayList<>();
        List<Violation> broken = new ArrayList<>();
        BigDecimal work = BigDecimal.ZERO.setScale(2);
        BigDecimal guarantee = BigDecimal.ZERO.setScale(2);
        BigDecimal permitted = BigDecimal.ZERO.setScale(2);
        Set<UUID> paid = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String f = "lines[" + i + "]";
            if (l.kind() == LineKind.PERMITTED_USE) {
                if (l.use() == null) {
                    malformed.add(Violation.field(f + ".use", "distribution.use-required"));
                } else if (!l.use().permitted) {
                    broken.add(Violation.ruleOn(RULE, f + ".use", "distribution.use-refused", l.use().name(), l.use().label));
                }
                if (l.householdId() != null) {
                    malformed.add(Violation.field(f + ".householdId", "distribution.use-no-household"));
                }
                permitted = permitted.add(l.amount());
                continue;
            }
            if (l.householdId() == null) {
                malformed.add(Violation.field(f + ".householdId", "distribution.household-required", l.kind().name(), l.kind().label));
                continue;
            }
            if (l.use() != null) {
                malformed.add(Violation.field(f + ".use", "distribution.household-no-use"));
            }
            if (!paid.add(l.householdId())) {
                malformed.add(Violation.field(f + ".householdId", "distribution.household-twice", l.householdId()));
            }
            HouseholdFacts h = households.get(l.householdId());
            if (h == null || !h.villageCode().equals(villageCode)) {
                broken.add(Violation.ruleOn(RULE, f + ".householdId", "distribution.not-on-roster", l.householdId()));
            } else if (!h.eligibleInPeriod()) {
                broken.add(Violation.ruleOn(RULE, f + ".householdId", "distribution.left-roster", l.householdId()));
            } else if (!TARGET_CATEGORIES.contains(h.category())) {
                broken.add(Violation.ruleOn(RULE, f + ".householdId", "distribution.not-target", l.householdId()));
            } else if (l.kind() == LineKind.BASIC_GUARANTEE && h.labourCapacity()) {
                broken.add(Violation.ruleOn(RULE, f + ".kind", "distribution.labour-capacity", l.householdId()));
            }
            if (l.kind() == LineKind.WORK_PAY && (l.workDescription() == null || l.workDescription().isBlank()
                    || l.workDays() == null || l.workDays().signum() <= 0)) {
                broken.add(Violation.ruleOn(RULE, f + ".workDescription", "distribution.work-recorded"));
            }
            if (l.kind() == LineKind.WORK_PAY) {
                work = work.add(l.amount());
            } else {
                guarantee = guarantee.add(l.amount());
            }
        }
        if (!malformed.isEmpty()) {
            return Decision.of(malformed, null); // refused: the lines must be well-formed before their sums mean anything
        }
        BigDecimal total = work.add(guarantee).add(permitted);
        if (total.compareTo(income) != 0) {
            broken.add(0, Violation.ruleOn(RULE, "lines", "distribution.sum", total.toPlainString(), income.toPlainString(),
                    income.subtract(total).toPlainString()));
        }
        BigDecimal target = work.add(guarantee);
        BigDecimal share = income.signum() == 0 ? BigDecimal.ZERO : target.divide(income, 6, RoundingMode.DOWN);
        // Exact comparison: target >= income × minimum; the rounded share is for display only.
        if (target.compareTo(income.multiply(minTargetShare)) < 0) {
            broken.add(0, Violation.ruleOn(RULE, "lines", "distribution.target-share", percent(share), percent(minTargetShare)));
        }
        return Decision.of(broken, new Outcome(target, share, work, guarantee, permitted, paid.size()));
    }

    /**
     * The proposed income against the income recorded in the period's inventories of the village's operating
     * assets: equal, or the difference is explained (other collective industry income, income received
     * after the inventory, ...).
     *
     * @return income - recorded, or 422 {@code income-not-reconciled} on field {@code income} when they differ unexplained
     */
    public static Decision<BigDecimal> reconcile(BigDecimal income, BigDecimal recorded, String differenceNote, String period) {
        return unreconciled(income, recorded, differenceNote, period)
                .map(t -> Decision.<BigDecimal>refuse(Violation.ruleOn("income-not-reconciled", "income", t.key(), t.args())))
                .orElse(Decision.allow(income.subtract(recorded)));
    }

    /**
     * Before each later step: inventories corrected while the distribution is in review change the recorded income,
     * and it must still reconcile with it (or the difference stay explained).
     *
     * @param recordedAtProposal the recorded income the version was checked against (null: from before reconciliation)
     * @param recordedNow        the period's recorded income now
     */
    public static Decision<BigDecimal> stillReconciled(BigDecimal income, BigDecimal recordedAtProposal, BigDecimal recordedNow,
                                                       String differenceNote, String period, int versionNo) {
        if (recordedAtProposal == null || recordedNow.compareTo(recordedAtProposal) == 0) {
            return Decision.allow(recordedNow);
        }
        return unreconciled(income, recordedNow, differenceNote, period)
                .map(t -> Decision.<BigDecimal>refuse(
                        Violation.rule("income-not-reconciled", "distribution.inventories-changed", period, versionNo,
                                recordedAtProposal.toPlainString(), recordedNow.toPlainString(), t),
                        Violation.ruleOn("income-not-reconciled", "income", t.key(), t.args())))
                .orElse(Decision.allow(recordedNow));
    }

    /** Why the income does not reconcile with the recorded one (a bundle text), or empty when it does or the difference is explained. */
    public static java.util.Optional<Text> unreconciled(BigDecimal income, BigDecimal recorded, String differenceNote, String period) {
        BigDecimal difference = income.subtract(recorded);
        if (difference.signum() != 0 && (differenceNote == null || differenceNote.isBlank())) {
            return java.util.Optional.of(new Text("distribution.not-reconciled", income.toPlainString(), recorded.toPlainString(), period,
                    difference.toPlainString()));
        }
        return java.util.Optional.empty();
    }

    /** A name as posted publicly: first and last character kept, the rest masked (张建明 → 张*明, 李四 → 李*). */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 1) {
            return "*";
        }
        StringBuilder b = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return b.append('*').toString();
        }
        b.append("*".repeat(cps.length - 2));
        return b.appendCodePoint(cps[cps.length - 1]).toString();
    }

    static String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + "%";
    }
}
