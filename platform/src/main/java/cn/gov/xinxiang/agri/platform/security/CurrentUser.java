package cn.gov.xinxiang.agri.platform.security;

import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.List;
import java.util.Optional;

/**
 * Who is calling: subject, role and region from the bearer token. A token whose role and region do
 * not fit each other (a village role on a county code, two roles at once) is refused outright.
 */
@RequestScoped
public class CurrentUser {

    public static final String REGION_CLAIM = "region";

    @Inject
    JsonWebToken jwt;

    private Role role;
    private RegionCode region;

    public String subject() {
        return jwt.getName() == null ? jwt.getSubject() : jwt.getName();
    }

    public Role role() {
        resolve();
        return role;
    }

    public RegionCode region() {
        resolve();
        return region;
    }

    public RegionScope scope() {
        return new RegionScope(region());
    }

    public boolean is(Role r) {
        return role() == r;
    }

    /** Refuses the request unless the caller has one of the roles. */
    public void require(Role... allowed) {
        for (Role r : allowed) {
            if (role() == r) {
                return;
            }
        }
        throw ProblemException.keyed(403, "forbidden", "auth.role-may-not", role().claim);
    }

    /**
     * Like {@link #require}, and a {@code service} account passes too where its region is at the tier of one of the
     * roles: an integrating system acts for the unit its token names (a county's finance system as that county), only
     * for the operations its scopes open ({@link ServiceScopeFilter} has checked the scope before the method runs) and,
     * like everyone, only within its region.
     */
    public void requireActing(Role... allowed) {
        for (Role r : allowed) {
            if (role() == r || (role() == Role.SERVICE && r.tier != null && region().tier() == r.tier)) {
                return;
            }
        }
        if (role() == Role.SERVICE) {
            List<Tier> tiers = java.util.Arrays.stream(allowed).map(r -> r.tier).filter(java.util.Objects::nonNull).distinct().toList();
            Localized which = l -> tiers.stream().map(t -> l == Language.ZH ? t.label : t.name().toLowerCase())
                    .collect(java.util.stream.Collectors.joining(l == Language.ZH ? "或" : " or "));
            throw ProblemException.keyed(403, "forbidden", "problem.service-acts-at", which, region().value());
        }
        throw ProblemException.keyed(403, "forbidden", "auth.role-may-not", role().claim);
    }

    /** 404 rather than 403 for a record outside the caller's region: ids do not reveal what exists. */
    public void requireWithin(RegionCode code, String what, Object id) {
        if (!scope().covers(code)) {
            throw ProblemException.notFound(what, id);
        }
    }

    private void resolve() {
        if (role != null) {
            return;
        }
        if (jwt == null || jwt.getRawToken() == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        List<Role> roles = jwt.getGroups().stream().map(Role::fromClaim).flatMap(Optional::stream).toList();
        if (roles.size() != 1) {
            throw ProblemException.keyed(403, "forbidden", "auth.one-role");
        }
        Object claim = jwt.getClaim(REGION_CLAIM);
        String code = claim == null ? null : claim.toString().replace("\"", "");
        RegionCode parsed = RegionCode.parse(code).orElseThrow(() -> ProblemException.keyed(403, "forbidden", "auth.region-claim"));
        Role r = roles.get(0);
        if (r.tier != null && parsed.tier() != r.tier) {
            throw ProblemException.keyed(403, "forbidden", "auth.wrong-tier", r.claim, new Text("tier." + r.tier.name()), parsed.toString());
        }
        this.role = r;
        this.region = parsed;
    }
}
