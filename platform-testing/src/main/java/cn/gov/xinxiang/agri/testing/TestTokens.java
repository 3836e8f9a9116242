package cn.gov.xinxiang.agri.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

/** Bearer tokens for tests, signed with the key that {@link SuiteInfrastructureResource} generated. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String token(String role, String region) {
        return token(role + "-" + region, role, region);
    }

    public static String token(String subject, String role, String region) {
        return tokens().mint(subject, role, region, Duration.ofHours(1));
    }

    /** A {@code service} account's token with the given scopes (space separated; null: no scope claim). */
    public static String service(String subject, String region, String scope) {
        return tokens().mint(subject, "service", region, scope, Duration.ofHours(1));
    }

    public static String serviceBearer(String region, String scope) {
        return "Bearer " + service("service-" + region, region, scope);
    }

    /** A token that expired an hour ago. */
    public static String expired(String role, String region) {
        return tokens().mint(role + "-" + region, role, region, Duration.ofHours(-1));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public static String signedByStranger(String role, String region) {
        try {
            var gen = java.security.KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return new DevTokens(gen.generateKeyPair().getPrivate()).mint(role + "-" + region, role, region, Duration.ofHours(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String role, String region) {
        return "Bearer " + token(role, region);
    }

    /** Runs an action on the test broker: "stop" or "restart". */
    public static void kafka(String action) {
        KafkaControl.invoke(action);
    }

    private static DevTokens tokens() {
        String path = System.getProperty(SuiteInfrastructureResource.PRIVATE_KEY_PATH);
        if (path == null) {
            throw new IllegalStateException("SuiteInfrastructureResource has not started");
        }
        try {
            String body = Files.readString(Path.of(path), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return new DevTokens(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body))));
        } catch (Exception e) {
            throw new IllegalStateException("could not read the test signing key", e);
        }
    }
}
