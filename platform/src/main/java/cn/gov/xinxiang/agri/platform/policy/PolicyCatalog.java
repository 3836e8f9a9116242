package cn.gov.xinxiang.agri.platform.policy;

import java.util.List;
import java.util.Optional;

/**
 * The policy parameters a service owns. A service that owns any produces exactly one bean of this
 * type; {@link PolicyParameterStore} refuses keys it does not list, and publishes only these.
 */
public interface PolicyCatalog {

    List<PolicyKey> keys();

    default Optional<PolicyKey> find(String key) {
        return keys().stream().filter(k -> k.key().equals(key)).findFirst();
    }
}
