package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.policy.PolicyYears;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deciders of funding-service's policy, as plain code: which fiscal years there are, whether a year is set up for
 * the rules that need it, and what a year's record (its negative list) may be set to.
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    public static final int FIRST_YEAR = PolicyYears.FIRST;
    public static final int LAST_YEAR = PolicyYears.LAST;

    /** A use of the negative list as it is recorded: its code, label and source document (stripped). */
    public record NegativeUse(String code, String label, String sourceDocument) {
    }

    /** A fiscal year the suite knows: 2000 to 2100 (400 on {@code fiscalYear} otherwise). */
    public static Decision<Integer> fiscalYear(int year) {
        return year < FIRST_YEAR || year > LAST_YEAR
                ? Decision.refuse(Violation.field("fiscalYear", "policy.year-range", FIRST_YEAR, LAST_YEAR))
                : Decision.allow(year);
    }

    /** A rule that needs a year's floors and negative list refuses a year the city has not set up (422, never a default in code). */
    public static List<Violation> setUp(int year, boolean recorded) {
        return recorded ? List.of() : List.of(Violation.rule("no-policy-parameters", "funding-policy.no-negative-list", year));
    }

    /**
     * What a year's record is set to: no bank benchmark rate (asset-service's parameter now: 422 {@code policy-moved}), and a
     * negative list naming each code once (400 on the element that repeats one; the detail is {@link #twice}).
     */
    public static Decision<List<NegativeUse>> yearRecord(boolean benchmarkRateSent, List<NegativeUse> negativeList) {
        if (benchmarkRateSent) {
            return Decision.refuse(Violation.rule("policy-moved", "funding-policy.rate-moved", "{fromYear}"),
                    Violation.field("bankBenchmarkRate", "funding-policy.rate-moved-field"));
        }
        Optional<Integer> again = repeated(negativeList);
        if (again.isPresent()) {
            return Decision.refuse(Violation.field("negativeList[" + again.get() + "].code", "funding-policy.duplicate-code"));
        }
        return Decision.allow(negativeList.stream().map(n -> new NegativeUse(n.code(), n.label().strip(), n.sourceDocument().strip())).toList());
    }

    /** The detail of a refused negative list: the code it names twice (the first one). */
    public static Text twice(List<NegativeUse> negativeList) {
        return new Text("funding-policy.negative-list-twice", repeated(negativeList).map(i -> negativeList.get(i).code()).orElse(""));
    }

    /** The index of the first use whose code an earlier one already has. */
    private static Optional<Integer> repeated(List<NegativeUse> negativeList) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < negativeList.size(); i++) {
            if (!codes.add(negativeList.get(i).code())) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /**
     * A year not set up yet is created by a put without If-Match (or {@code *}); an If-Match naming a version is stale,
     * since there is no version to match (412 {@code stale-write}).
     */
    public static Decision<Integer> newYear(int year, String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*") ? Decision.allow(year)
                : Decision.refuse(Violation.stale("stale-write", "funding-policy.nothing-to-match", year));
    }
}
