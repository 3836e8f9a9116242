package cn.gov.xinxiang.agri.asset.distribution;

import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Plain code: every violation is collected and reported with the line it concerns.
 */
public final class DistributionRules {
    private DistributionRules() {
    }

    public static final Set<String> TARGET_CATEGORIES = Set.of("POVERTY_ALLEVIATED", "MONITORED");

    /** What the rules need to know of a household. */
    public record HouseholdFacts(UUID id, String villageCode, String category, boolean labourCapacity, boolean eligibleInPeriod) {
    }

    public record Line(LineKind kind, UUID householdId, DistributionUse use, BigDecimal amount, String workDescription, BigDecimal workDays) {
    }

    public record Outcome(BigDecimal targetAmount, BigDecimal targetShare, BigDecimal workPay, BigDecimal guarantee, BigDecimal permittedUse,
                          int householdsPaid) {
    }

    /**
     * @throws ProblemException 400 for lines that are malformed, 422 with every broken rule otherwise
     */
    public static Outcome check(String villageCode, BigDecimal income, BigDecimal minTargetShare, List<Line> lines,
                                Map<UUID, HouseholdFacts> households) {
        List<Problem.FieldError> malformed = new ArrayList<>();
        List<Problem.FieldError> broken = new ArrayList<>();
        BigDecimal work = BigDecimal.ZERO.setScale(2);
        BigDecimal guarantee = BigDecimal.ZERO.setScale(2);
        BigDecimal permitted = BigDecimal.ZERO.setScale(2);
        Set<UUID> paid = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String f = "lines[" + i + "]";
            if (l.kind() == LineKind.PERMITTED_USE) {
                if (l.use() == null) {
                    malformed.add(new Problem.FieldError(f + ".use", "a permitted-use line names its use"));
                } else if (!l.use().permitted) {
                    broken.add(new Problem.FieldError(f + ".use", "collective industry income may not be spent on " + l.use().name()
                            + " (" + l.use().label + ")"));
                }
                if (l.householdId() != null) {
                    malformed.add(new Problem.FieldError(f + ".householdId", "a permitted-use line pays no household"));
                }
                permitted = permitted.add(l.amount());
                continue;
            }
            if (l.householdId() == null) {
                malformed.add(new Problem.FieldError(f + ".householdId", "a " + l.kind().name() + " line names its household"));
                continue;
            }
            if (l.use() != null) {
                malformed.add(new Problem.FieldError(f + ".use", "a household line has no use"));
            }
            if (!paid.add(l.householdId())) {
                malformed.add(new Problem.FieldError(f + ".householdId", "household " + l.householdId() + " appears on more than one line"));
            }
            HouseholdFacts h = households.get(l.householdId());
            if (h == null || !h.villageCode().equals(villageCode)) {
                broken.add(new Problem.FieldError(f + ".householdId", "household " + l.householdId() + " is not on this village's roster"));
            } else if (!h.eligibleInPeriod()) {
                broken.add(new Problem.FieldError(f + ".householdId", "household " + l.householdId() + " left the roster before this period"));
            } else if (!TARGET_CATEGORIES.contains(h.category())) {
                broken.add(new Problem.FieldError(f + ".householdId", "household " + l.householdId()
                        + " is neither poverty-alleviated nor monitored; pay others through permitted uses"));
            } else if (l.kind() == LineKind.BASIC_GUARANTEE && h.labourCapacity()) {
                broken.add(new Problem.FieldError(f + ".kind", "household " + l.householdId()
                        + " has labour capacity: pay it for recorded work (按劳取酬), not unconditionally"));
            }
            if (l.kind() == LineKind.WORK_PAY && (l.workDescription() == null || l.workDescription().isBlank()
                    || l.workDays() == null || l.workDays().signum() <= 0)) {
                broken.add(new Problem.FieldError(f + ".workDescription", "work pay needs the work recorded (description and days)"));
            }
            if (l.kind() == LineKind.WORK_PAY) {
                work = work.add(l.amount());
            } else {
                guarantee = guarantee.add(l.amount());
            }
        }
        if (!malformed.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid input", malformed.get(0).field() + ": " + malformed.get(0).message(), malformed);
        }
        BigDecimal total = work.add(guarantee).add(permitted);
        if (total.compareTo(income) != 0) {
            broken.add(0, new Problem.FieldError("lines", "the lines add up to " + total.toPlainString() + " but the income is "
                    + income.toPlainString() + " (difference " + income.subtract(total).toPlainString() + ")"));
        }
        BigDecimal target = work.add(guarantee);
        BigDecimal share = income.signum() == 0 ? BigDecimal.ZERO : target.divide(income, 6, RoundingMode.DOWN);
        // Exact comparison: target >= income × minimum; the rounded share is for display only.
        if (target.compareTo(income.multiply(minTargetShare)) < 0) {
            broken.add(0, new Problem.FieldError("lines", "only " + percent(share) + " goes to poverty-alleviated and monitored households; at least "
                    + percent(minTargetShare) + " is required"));
        }
        if (!broken.isEmpty()) {
            throw new ProblemException(422, "distribution-rule", "Rule violated",
                    String.join("; ", broken.stream().map(Problem.FieldError::message).toList()), broken);
        }
        return new Outcome(target, share, work, guarantee, permitted, paid.size());
    }

    /**
     * The proposed income against the income recorded in the period's inventories of the village's operating
     * assets: equal, or the difference is explained (other collective industry income, income received
     * after the inventory, ...).
     *
     * @return income - recorded
     * @throws ProblemException 422 {@code income-not-reconciled} on field {@code income} when they differ unexplained
     */
    public static BigDecimal reconcile(BigDecimal income, BigDecimal recorded, String differenceNote, String period) {
        BigDecimal difference = income.subtract(recorded);
        if (difference.signum() != 0 && (differenceNote == null || differenceNote.isBlank())) {
            String m = "the income " + income.toPlainString() + " differs from the " + recorded.toPlainString() + " recorded in the " + period
                    + " income inventories of the village's operating assets (difference " + difference.toPlainString()
                    + "); correct it or explain the difference in incomeDifferenceNote";
            throw new ProblemException(422, "income-not-reconciled", "Income not reconciled", m, List.of(new Problem.FieldError("income", m)));
        }
        return difference;
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
