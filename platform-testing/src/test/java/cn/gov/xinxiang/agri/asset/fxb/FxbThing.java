package cn.gov.xinxiang.agri.asset.fxb;

import cn.gov.xinxiang.agri.asset.fxa.FxaService;

/** Fixture for ArchitectureRulesTest: feature fxb needing fxa back (a cycle). */
public class FxbThing {
    public String shown(FxaService s) {
        return s.show(this);
    }
}
