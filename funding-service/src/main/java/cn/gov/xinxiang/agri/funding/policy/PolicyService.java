package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.policy.PolicyCatalog;
import cn.gov.xinxiang.agri.platform.policy.PolicyKey;
import cn.gov.xinxiang.agri.platform.policy.PolicyParameterStore;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * funding-service's policy: the two floors (per-year parameters it owns and publishes on agri.policy) and
 * each fiscal year's negative list. The bank benchmark rate is asset-service's.
 */
@ApplicationScoped
public class PolicyService implements PolicyCatalog {

    public static final String INDUSTRY_SHARE_FLOOR = "funding.industry-share-floor";
    public static final String LEADING_SHARE_FLOOR = "funding.leading-share-floor";

    private static final List<PolicyKey> KEYS = List.of(
            PolicyKey.fraction(INDUSTRY_SHARE_FLOOR, "衔接资金用于产业发展的最低占比"),
            PolicyKey.fraction(LEADING_SHARE_FLOOR, "产业发展资金用于特色主导产业全链条的最低占比"));

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    PolicyParameterStore store;

    @Override
    public List<PolicyKey> keys() {
        return KEYS;
    }

    /** A year's policy record (its negative list); 404 when the city has not set the year up. */
    public PolicyYear get(int year) {
        Refusals.orThrow(PolicyRules.fiscalYear(year));
        PolicyYear p = PolicyYear.findById(year);
        if (p == null) {
            throw ProblemException.notFound("policy parameters of fiscal year", year);
        }
        return p;
    }

    /** The floors in force and the negative list a rule needs; a year without them is a 422, never a silent default in code. */
    public FundingPolicy require(int year) {
        PolicyYear p = PolicyYear.findById(year);
        Refusals.orThrow(Decision.of(PolicyRules.setUp(year, p != null), year));
        return new FundingPolicy(year, store.require(INDUSTRY_SHARE_FLOOR, year), store.require(LEADING_SHARE_FLOOR, year), p);
    }

    /**
     * Sets a fiscal year's floors (from that year on, as every policy parameter) and its negative list, in one
     * call as before the uniform API. Returns true when the year's record was created.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean put(int year, PolicyDtos.PolicyRequest r, String ifMatch) {
        Refusals.orThrow(PolicyRules.fiscalYear(year));
        user.require(Role.CITY);
        List<PolicyRules.NegativeUse> requested = r.negativeList().stream()
                .map(n -> new PolicyRules.NegativeUse(n.code(), n.label(), n.sourceDocument())).toList();
        List<PolicyRules.NegativeUse> negativeList = Refusals.orThrow(PolicyRules.yearRecord(r.bankBenchmarkRate() != null, requested),
                PolicyRules.twice(requested));
        PolicyYear p = PolicyYear.findById(year);
        boolean created = p == null;
        if (created) {
            Refusals.orThrow(PolicyRules.newYear(year, ifMatch));
            p = new PolicyYear();
            p.fiscalYear = year;
        } else {
            ETags.require(ifMatch, p.version);
        }
        // the year's record is the unit of If-Match here; each floor row is written at its own current version
        floor(INDUSTRY_SHARE_FLOOR, year, r.industryShareFloor());
        floor(LEADING_SHARE_FLOOR, year, r.leadingShareFloor());
        p.negativeList.clear();
        PolicyYear target = p;
        negativeList.forEach(n -> target.negativeList.add(new PolicyYear.NegativeUse(n.code(), n.label(), n.sourceDocument())));
        p.updatedBy = user.subject();
        p.updatedAt = clock.instant();
        if (created) {
            p.persist();
        }
        // written now: the year read back for the answer (floors from the store, the record's new version) is what was stored
        PolicyYear.flush();
        return created;
    }

    private void floor(String key, int year, PolicyDtos.Parameter value) {
        String current = store.row(key, year).map(v -> "\"" + v.version() + "\"").orElse(null);
        boolean same = store.row(key, year).map(v -> v.value().compareTo(value.value()) == 0 && v.sourceDocument().equals(value.sourceDocument().strip()))
                .orElse(false);
        if (!same) {
            store.put(key, year, value.value(), value.sourceDocument(), current, user.subject());
        }
    }
}
