package cn.gov.xinxiang.agri.asset.fxa;

import cn.gov.xinxiang.agri.asset.fxb.FxbThing;

/** Fixture for ArchitectureRulesTest: a service that needs its resource, and feature fxa needing fxb. */
public class FxaService {
    public String show(FxbThing t) {
        return FxaResource.view(t);
    }
}
