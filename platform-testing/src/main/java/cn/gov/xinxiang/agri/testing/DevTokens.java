package cn.gov.xinxiang.agri.testing;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Mints RS256 bearer tokens in the shape the services expect: {@code groups} holds the role,
 * {@code region} the user's 12-digit division code. Built with the JDK alone so that the local-run
 * launcher needs nothing more.
 */
public final class DevTokens {

    public static final String ISSUER = "https://agri.xinxiang.local/dev";

    private final PrivateKey key;

    public DevTokens(PrivateKey key) {
        this.key = key;
    }

    public String mint(String subject, String role, String region, Duration lifetime) {
        return mint(subject, role, region, null, lifetime);
    }

    /**
     * A token with a {@code scope} claim (space-separated, as OAuth 2.0 sends it): what a {@code service} account
     * may do; null leaves the claim out.
     */
    public String mint(String subject, String role, String region, String scope, Duration lifetime) {
        Instant now = Instant.now();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + esc(subject) + "\",\"upn\":\"" + esc(subject)
                + "\",\"groups\":[\"" + esc(role) + "\"],\"region\":\"" + esc(region) + "\""
                + (scope == null ? "" : ",\"scope\":\"" + esc(scope) + "\"") + ",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + now.plus(lifetime).getEpochSecond() + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
