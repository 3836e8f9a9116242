package cn.gov.xinxiang.agri.asset.fxa;

/** Fixture for ArchitectureRulesTest: a resource that calls only its own feature's service. */
public class FxaOwnResource {
    public String show(FxaService own) {
        return own.show(null);
    }
}
