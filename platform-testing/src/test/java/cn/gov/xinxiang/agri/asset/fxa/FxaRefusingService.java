package cn.gov.xinxiang.agri.asset.fxa;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;

/** Fixture for ArchitectureRulesTest: a service that refuses by itself (a 403 it builds) and says what is not there. */
public class FxaRefusingService {
    public void refuse() {
        throw ProblemException.keyed(403, "forbidden", "fx.not-yours");
    }

    public void load(String id) {
        throw ProblemException.notFound("fx", id);
    }
}
