package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.platform.http.ETags;
import cn.gov.xinxiang.agri.platform.problem.Problem;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class PolicyService {

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("fiscalYear", "must be between 2000 and 2100");
        }
    }

    public PolicyYear get(int year) {
        checkYear(year);
        PolicyYear p = PolicyYear.findById(year);
        if (p == null) {
            throw ProblemException.notFound("policy parameters of fiscal year", year);
        }
        return p;
    }

    /** The parameters a rule needs; a year without any is a 422, never a silent default in code. */
    public PolicyYear require(int year) {
        PolicyYear p = PolicyYear.findById(year);
        if (p == null) {
            throw ProblemException.unprocessable("no-policy-parameters",
                    "no policy parameters are set for fiscal year " + year + "; a city user must set them first");
        }
        return p;
    }

    public List<PolicyYear> list() {
        return PolicyYear.listAll(Sort.descending("fiscalYear"));
    }

    /** Creates or replaces a year's parameters. Returns true when created. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean put(int year, PolicyDtos.PolicyRequest r, String ifMatch) {
        checkYear(year);
        user.require(Role.CITY);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < r.negativeList().size(); i++) {
            if (!codes.add(r.negativeList().get(i).code())) {
                throw ProblemException.badRequest("validation", "negativeList names code " + r.negativeList().get(i).code() + " twice",
                        new Problem.FieldError("negativeList[" + i + "].code", "duplicate code"));
            }
        }
        PolicyYear p = PolicyYear.findById(year);
        boolean created = p == null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*")) {
                throw ProblemException.preconditionFailed("there are no parameters for " + year + " yet to match");
            }
            p = new PolicyYear();
            p.fiscalYear = year;
        } else {
            ETags.require(ifMatch, p.version);
        }
        p.industryShareFloor = r.industryShareFloor().value();
        p.industryShareFloorSource = r.industryShareFloor().sourceDocument().strip();
        p.leadingShareFloor = r.leadingShareFloor().value();
        p.leadingShareFloorSource = r.leadingShareFloor().sourceDocument().strip();
        p.bankBenchmarkRate = r.bankBenchmarkRate().value();
        p.bankBenchmarkRateSource = r.bankBenchmarkRate().sourceDocument().strip();
        p.negativeList.clear();
        PolicyYear target = p;
        r.negativeList().forEach(n -> target.negativeList.add(new PolicyYear.NegativeUse(n.code(), n.label().strip(), n.sourceDocument().strip())));
        p.updatedBy = user.subject();
        p.updatedAt = clock.instant();
        if (created) {
            p.persist();
        }
        return created;
    }
}
