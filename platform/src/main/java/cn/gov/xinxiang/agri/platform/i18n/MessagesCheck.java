package cn.gov.xinxiang.agri.platform.i18n;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A service with a message in one language only does not start: every test of it fails, naming the key. */
@ApplicationScoped
public class MessagesCheck {

    void check(@Observes StartupEvent start) {
        var missing = Messages.get().missing();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("message bundles are incomplete (i18n/messages_{zh,en}.properties): " + missing);
        }
    }
}
