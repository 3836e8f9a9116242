package cn.gov.xinxiang.agri.asset.custody;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The HMAC key that seals custody entries and signs each chain's anchor ({@code agri.custody.anchor-key},
 * in production the Kubernetes Secret {@code agri-custody-anchor-key}). It never reaches the database,
 * which is the point: whoever can edit rows cannot produce a valid seal or anchor. Read once at start;
 * the service does not start without a usable key.
 */
@Startup
@ApplicationScoped
public class AnchorKey {

    static final String PROPERTY = "agri.custody.anchor-key";
    static final int MIN_LENGTH = 32;
    /** The dev and test profiles' defaults contain this; production refuses such a key. */
    static final String NOT_FOR_PRODUCTION = "not-for-production";

    @ConfigProperty(name = PROPERTY)
    Optional<String> configured;

    private byte[] key;

    @PostConstruct
    void init() {
        key = parse(configured, LaunchMode.current() == LaunchMode.NORMAL);
    }

    /** The key bytes, or why the service must not start with what was configured. */
    static byte[] parse(Optional<String> configured, boolean production) {
        String k = configured.map(String::strip).orElse("");
        if (k.isEmpty()) {
            throw new IllegalStateException(PROPERTY + " (AGRI_CUSTODY_ANCHOR_KEY) is not set: asset-service signs every custody chain with it "
                    + "and does not start without it (production: the Secret agri-custody-anchor-key)");
        }
        if (k.length() < MIN_LENGTH) {
            throw new IllegalStateException(PROPERTY + " must be at least " + MIN_LENGTH + " characters (e.g. openssl rand -base64 48)");
        }
        if (production && k.contains(NOT_FOR_PRODUCTION)) {
            throw new IllegalStateException(PROPERTY + " is a development default: set the production key from its Secret");
        }
        return k.getBytes(StandardCharsets.UTF_8);
    }

    byte[] bytes() {
        return key;
    }
}
