package cn.gov.xinxiang.agri.platform.policy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * At start, publishes the policy rows not yet published at their current version: the values the
 * service's migrations seeded never went through {@link PolicyParameterStore#put}. Idempotent: a row
 * is announced once per version (two replicas starting together lock different rows or none).
 */
@ApplicationScoped
public class PolicyAnnouncer {

    private static final Logger LOG = Logger.getLogger(PolicyAnnouncer.class);

    @Inject
    PolicyParameterStore store;

    void onStart(@Observes StartupEvent event) {
        if (!store.ownsParameters()) {
            return;
        }
        int n = QuarkusTransaction.requiringNew().call(store::announcePending);
        if (n > 0) {
            LOG.infof("published %d policy parameter value(s) to agri.policy", n);
        }
    }
}
