package cn.gov.xinxiang.agri.platform.codes;

import cn.gov.xinxiang.agri.platform.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Every dictionary of this service, and the version (ETag) of what a caller sees. */
@ApplicationScoped
public class CodeListCatalog {

    @Inject
    Instance<CodeListSource> sources;

    @Inject
    ObjectMapper json;

    /** Builds every list once for every role at start: a code without both names stops the service here, not a user's picker. */
    void check(@Observes StartupEvent start) {
        // data-backed lists (e.g. funding's negative list) read the database, which needs a request context
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            for (Role r : Role.values()) {
                all(r);
            }
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }

    public List<CodeList> all(Role caller) {
        List<CodeList> lists = new ArrayList<>();
        for (CodeListSource s : sources) {
            lists.addAll(s.codeLists(caller));
        }
        return lists;
    }

    public Optional<CodeList> one(String name, Role caller) {
        return all(caller).stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** A strong validator: the hash of the JSON the caller receives, so it changes exactly when the content does. */
    public String version(Object content) {
        try {
            byte[] bytes = json.writeValueAsBytes(content);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
