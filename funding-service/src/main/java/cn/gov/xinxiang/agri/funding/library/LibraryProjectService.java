package cn.gov.xinxiang.agri.funding.library;

import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/** The library projects the caller may see (those of their region), for reading them and for allocating to them. */
@ApplicationScoped
public class LibraryProjectService {

    @Inject
    CurrentUser user;

    /** A project of the library in the caller's region, if there is one. */
    public Optional<LibraryProject> find(UUID projectId) {
        return LibraryProject.<LibraryProject>find("projectId = :id and " + RegionScope.clause("regionCode"),
                        user.scope().parameters().and("id", projectId))
                .firstResultOptional();
    }

    /** As {@link #find}, 404 otherwise (also for a project outside the caller's region). */
    public LibraryProject get(UUID projectId) {
        return find(projectId).orElseThrow(() -> ProblemException.notFound("library project", projectId));
    }

    /** The caller's region's projects, by code, optionally of one fiscal year. */
    public Page<LibraryProject> list(Integer fiscalYear, PageRequest page) {
        String q = RegionScope.clause("regionCode") + (fiscalYear == null ? "" : " and fiscalYear = :year");
        Parameters params = user.scope().parameters();
        if (fiscalYear != null) {
            params.and("year", fiscalYear);
        }
        var query = LibraryProject.<LibraryProject>find(q, Sort.by("code").and("projectId"), params);
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }
}
