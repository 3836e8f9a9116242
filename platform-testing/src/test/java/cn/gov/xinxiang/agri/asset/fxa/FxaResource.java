package cn.gov.xinxiang.agri.asset.fxa;

/** Fixture for ArchitectureRulesTest: a resource with a view other classes call. */
public class FxaResource {
    public static String view(Object o) {
        return String.valueOf(o);
    }
}
