package cn.gov.xinxiang.agri.evaluation.intake;

import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

/** The projects evaluation-service has learned of from events, read within the caller's region. */
@ApplicationScoped
public class ObservedProjectService {

    public record ObservedProjectView(UUID projectId, String code, String name, int fiscalYear, String regionCode,
                                      String industryCategory, String status, String lastEventType, Instant lastEventAt,
                                      int eventsApplied) {
        static ObservedProjectView of(ObservedProject p) {
            return new ObservedProjectView(p.projectId, p.code, p.name, p.fiscalYear, p.regionCode, p.industryCategory, p.status,
                    p.lastEventType, p.lastEventAt, p.eventsApplied);
        }
    }

    @Inject
    CurrentUser user;

    /** A project within the caller's region; 404 otherwise. */
    public ObservedProjectView get(UUID id) {
        return ObservedProject.<ObservedProject>find("projectId = :id and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("id", id))
                .firstResultOptional().map(ObservedProjectView::of)
                .orElseThrow(() -> ProblemException.notFound("project", id));
    }

    /** The caller's region's projects by code, of one fiscal year when given. */
    public Page<ObservedProjectView> list(Integer fiscalYear, Integer page, Integer size) {
        PageRequest req = PageRequest.of(page, size);
        String q = RegionScope.clause("regionCode") + (fiscalYear == null ? "" : " and fiscalYear = :year");
        Parameters params = user.scope().parameters();
        if (fiscalYear != null) {
            params.and("year", fiscalYear);
        }
        var query = ObservedProject.<ObservedProject>find(q, Sort.by("code"), params);
        return new Page<>(query.page(req.page(), req.size()).list().stream().map(ObservedProjectView::of).toList(),
                req.page(), req.size(), query.count());
    }
}
