package cn.gov.xinxiang.agri.project.programmes;

import io.quarkus.panache.common.Parameters;
import cn.gov.xinxiang.agri.platform.paging.ScopedWhere;
import cn.gov.xinxiang.agri.platform.http.QueryParameters;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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
        RegionCode code = QueryParameters.regionCode(field, value);
        regions.requireActive(field, code);
        return Refusals.orThrow(ProgrammeRules.writeRegion(field, code, user.scope().covers(code), user.region().value(), tiers));
    }

    /**
     * A list filter's subtree (bind it beside the caller's scope with {@link RegionScope#clause(String, String)}), or
     * null when the filter is absent. A subtree outside the caller's scope simply matches nothing.
     */
    public RegionScope filter(String field, String value) {
        RegionCode code = QueryParameters.optionalRegionCode(field, value);
        return code == null ? null : RegionScope.of(code);
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
}
