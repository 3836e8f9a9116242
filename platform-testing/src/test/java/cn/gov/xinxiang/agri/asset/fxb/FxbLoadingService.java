package cn.gov.xinxiang.agri.asset.fxb;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;

/** Fixture for ArchitectureRulesTest: a service that only says what it cannot load, which is not a refusal. */
public class FxbLoadingService {
    public void load(String id) {
        throw ProblemException.notFound("fx", id);
    }
}
