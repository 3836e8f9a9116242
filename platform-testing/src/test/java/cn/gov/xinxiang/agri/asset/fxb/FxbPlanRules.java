package cn.gov.xinxiang.agri.asset.fxb;

import cn.gov.xinxiang.agri.platform.problem.FxProblem;

/** Fixture for ArchitectureRulesTest: a rule class that throws a problem instead of returning a violation. */
public class FxbPlanRules {
    public static void decide(int n) {
        if (n < 0) {
            throw new FxProblem();
        }
    }
}
