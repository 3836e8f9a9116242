package cn.gov.xinxiang.agri.console.session;

import cn.gov.xinxiang.agri.console.backend.ConsoleConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

import java.time.Duration;
import java.time.Instant;

/**
 * The console's only state: the user's token in an HttpOnly, SameSite=Lax cookie (Secure unless the
 * deployment serves plain http). The token is signed by the issuer and checked on every request, so
 * nothing else needs signing or storing. SameSite=Lax keeps other sites from posting with it.
 */
@ApplicationScoped
public class SessionCookie {

    public static final String NAME = "agri_console_token";

    @Inject
    ConsoleConfig config;

    public NewCookie issue(Viewer v) {
        long maxAge = Math.max(60, Duration.between(Instant.now(), v.expiresAt()).toSeconds());
        return new NewCookie.Builder(NAME).value(v.token()).path("/").httpOnly(true).secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) Math.min(Integer.MAX_VALUE, maxAge)).build();
    }

    public NewCookie clear() {
        return new NewCookie.Builder(NAME).value("").path("/").httpOnly(true).secure(config.secureCookie())
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }
}
