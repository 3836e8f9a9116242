package cn.gov.xinxiang.agri.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * An RS256 key pair generated on this machine for tests and the local run. Nothing here is ever a
 * production key: production deployments mount their own public key (see deploy/).
 */
public final class DevKeys {

    private final Path publicKeyPem;
    private final PrivateKey privateKey;

    private DevKeys(Path publicKeyPem, PrivateKey privateKey) {
        this.publicKeyPem = publicKeyPem;
        this.privateKey = privateKey;
    }

    /** Loads the pair kept in {@code dir}, generating it on first use. */
    public static synchronized DevKeys in(Path dir) {
        Path pub = dir.resolve("jwt-public.pem");
        Path priv = dir.resolve("jwt-private.pem");
        try {
            if (!Files.exists(pub) || !Files.exists(priv)) {
                Files.createDirectories(dir);
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(2048);
                KeyPair pair = gen.generateKeyPair();
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            }
            String body = Files.readString(priv, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
            return new DevKeys(pub, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not prepare development JWT keys in " + dir, e);
        }
    }

    /**
     * asset-service's custody anchor key (AGRI_CUSTODY_ANCHOR_KEY) kept next to the JWT keys, generated
     * on first use: the local run keeps verifying the chains it signed across restarts.
     */
    public static synchronized String custodyAnchorKey(Path dir) {
        Path file = dir.resolve("custody-anchor.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] random = new byte[48];
                new java.security.SecureRandom().nextBytes(random);
                Files.writeString(file, Base64.getEncoder().encodeToString(random));
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path publicKeyPem() {
        return publicKeyPem;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
