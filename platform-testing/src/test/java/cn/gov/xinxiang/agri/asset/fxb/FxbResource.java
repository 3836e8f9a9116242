package cn.gov.xinxiang.agri.asset.fxb;

import cn.gov.xinxiang.agri.asset.fxa.FxaService;

/** Fixture for ArchitectureRulesTest: a resource of feature fxb that calls feature fxa's service. */
public class FxbResource {
    public String show(FxaService other, FxbThing own) {
        return other.show(own);
    }
}
