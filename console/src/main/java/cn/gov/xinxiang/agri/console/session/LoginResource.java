package cn.gov.xinxiang.agri.console.session;

import cn.gov.xinxiang.agri.console.backend.ConsoleConfig;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 登录: paste a bearer token (production: from the identity provider), or, where a folder of sample
 * users' tokens is configured (the local run's .local/tokens), pick a user.
 */
@jakarta.ws.rs.Path("/login")
public class LoginResource {

    /** A sample user offered on the login page. */
    public record SampleUser(String name, String role, String roleLabel, String region) {
    }

    @Inject
    @Location("login.html")
    Template login;

    @Inject
    Tokens tokens;

    @Inject
    SessionCookie cookies;

    @Inject
    ConsoleConfig config;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return login.data("v", null).data("users", sampleUsers()).data("error", null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response signIn(@FormParam("user") String user, @FormParam("token") String token) {
        String t = token;
        if ((t == null || t.isBlank()) && user != null && !user.isBlank()) {
            t = sampleToken(user).orElse(null);
        }
        StringBuilder why = new StringBuilder();
        Optional<Viewer> v = tokens.verify(t, why);
        if (v.isEmpty()) {
            return Response.status(401).entity(login.data("v", null).data("users", sampleUsers()).data("error", why.toString())).build();
        }
        return Response.seeOther(URI.create("/")).cookie(cookies.issue(v.get())).build();
    }

    @POST
    @jakarta.ws.rs.Path("/out")
    public Response signOut() {
        return Response.seeOther(URI.create("/login")).cookie(cookies.clear()).build();
    }

    List<SampleUser> sampleUsers() {
        List<SampleUser> out = new ArrayList<>();
        Optional<Path> dir = config.sampleTokens().map(Path::of).filter(Files::isDirectory);
        if (dir.isEmpty()) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jwt")).sorted(LoginResource::byTier).toList()) {
                String name = f.getFileName().toString().replaceFirst("\\.jwt$", "");
                tokens.verify(Files.readString(f), new StringBuilder())
                        .ifPresent(v -> out.add(new SampleUser(name, v.role(), v.roleLabel(), v.region())));
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** City first, then county, township, village, then the others; by name within a tier. */
    private static int byTier(Path a, Path b) {
        int c = Integer.compare(rank(a), rank(b));
        return c != 0 ? c : a.getFileName().toString().compareTo(b.getFileName().toString());
    }

    private static int rank(Path p) {
        String n = p.getFileName().toString();
        List<String> order = List.of("city", "county", "township", "village");
        for (int i = 0; i < order.size(); i++) {
            if (n.startsWith(order.get(i))) {
                return i;
            }
        }
        return order.size();
    }

    private Optional<String> sampleToken(String user) {
        if (!user.matches("[A-Za-z0-9._-]+")) {
            return Optional.empty();
        }
        return config.sampleTokens().map(d -> Path.of(d).resolve(user + ".jwt")).filter(Files::isRegularFile).map(f -> {
            try {
                return Files.readString(f);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
