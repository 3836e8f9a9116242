package cn.gov.xinxiang.agri.project.programmes;

import io.quarkus.panache.common.Parameters;
import cn.gov.xinxiang.agri.platform.paging.ScopedWhere;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The region checks the four programmes (skills, envoys, craftsmen, demonstration villages) share: a write names
 * a known, active region of an allowed tier inside the caller's region (403 outside it, as for projects);
 * a list filter is a subtree that only narrows the caller's scope.
 */
@ApplicationScoped
public class ProgrammeRegions {

    @Inject
    RegionDirectory regions;
    @Inject
    CurrentUser user;

    /** The region a write names in {@code field}: 400 malformed / unknown / wrong tier, 422 retired, 403 outside the caller's region. */
    public RegionCode forWrite(String field, String value, Tier... tiers) {
        RegionCode code = RegionCode.parse(value == null ? null : value.strip())
                .orElseThrow(() -> ProblemException.invalidField(field, "region.code-format"));
        regions.requireActive(field, code);
        Set<Tier> allowed = Set.of(tiers);
        if (!allowed.contains(code.tier())) {
            throw ProblemException.invalidField(field, "programme.region-tier", tierNames(tiers));
        }
        if (!user.scope().covers(code)) {
            throw ProblemException.keyed(403, "forbidden", "programme.outside-region", code.value(), user.region().value());
        }
        return code;
    }

    /**
     * A list filter's subtree (bind it beside the caller's scope with {@link RegionScope#clause(String, String)}), or
     * null when the filter is absent. A subtree outside the caller's scope simply matches nothing.
     */
    public RegionScope filter(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return RegionScope.of(RegionCode.parse(value.strip()).orElseThrow(() -> ProblemException.invalidField(field, "region.code-format")));
    }

    /**
     * The condition over a county column of records a whole county shares (envoys, training programmes): seen in the
     * caller's region, and by township and village users of the county as well; narrowed by a filter's subtree.
     */
    public ScopedWhere countyWide(String column, RegionScope narrower) {
        Parameters p = user.scope().parameters();
        StringBuilder q = new StringBuilder("(").append(RegionScope.clause(column));
        Tier tier = user.region().tier();
        if (tier == Tier.TOWNSHIP || tier == Tier.VILLAGE) {
            q.append(" or ").append(column).append(" = :ownCounty");
            p.and("ownCounty", user.region().at(Tier.COUNTY).value());
        }
        return ScopedWhere.visibleWhere(q.append(")").toString(), p).narrowedTo(column, narrower);
    }

    /** The caller's subtree on {@code column}, narrowed by the list filter's subtree named in {@code field}. */
    public ScopedWhere within(String column, String field, String filter) {
        return ScopedWhere.within(user.scope(), column, filter(field, filter));
    }

    public String nameOf(String code) {
        return code == null ? null : regions.nameOf(RegionCode.of(code));
    }

    /** 村/乡镇 or village/township, in the reader's language. */
    static Localized tierNames(Tier... tiers) {
        return l -> Arrays.stream(tiers).map(t -> new Text("tier." + t.name()).in(l)).collect(Collectors.joining("/"));
    }
}
