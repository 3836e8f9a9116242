package cn.gov.xinxiang.agri.console.session;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks a token as the services do (signature with the issuer's public key, issuer, expiry) before the
 * console keeps it. The services check it again on every call: the console decides nothing.
 */
@ApplicationScoped
public class Tokens {

    @Inject
    JWTParser parser;

    /** The viewer the token stands for, or empty with the reason when it does not hold. */
    public Optional<Viewer> verify(String token, StringBuilder why) {
        if (token == null || token.isBlank()) {
            why.append("请提供令牌");
            return Optional.empty();
        }
        String t = token.trim();
        if (t.regionMatches(true, 0, "Bearer ", 0, 7)) {
            t = t.substring(7).trim();
        }
        try {
            JsonWebToken jwt = parser.parse(t);
            String role = jwt.getGroups().stream().findFirst().orElse(null);
            Object region = jwt.getClaim("region");
            if (role == null || region == null) {
                why.append("令牌缺少角色（groups）或区划（region）");
                return Optional.empty();
            }
            return Optional.of(new Viewer(t, jwt.getSubject(), role, region.toString(), Instant.ofEpochSecond(jwt.getExpirationTime())));
        } catch (ParseException e) {
            why.append("令牌无效或已过期");
            return Optional.empty();
        }
    }
}
