package cn.gov.xinxiang.agri.project.library;

import cn.gov.xinxiang.agri.contracts.project.ProjectDraftedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.paging.Page;
import cn.gov.xinxiang.agri.platform.paging.PageRequest;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
public class ProjectService {

    @Inject
    CurrentUser user;

    @Inject
    RegionDirectory regions;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public Project createDraft(ProjectDtos.DraftRequest request) {
        user.require(Role.VILLAGE);
        RegionCode region = RegionCode.parse(request.regionCode())
                .orElseThrow(() -> ProblemException.invalid("regionCode", "must be a 12-digit division code"));
        if (!regions.exists(region)) {
            throw ProblemException.invalid("regionCode", "unknown region " + region);
        }
        if (!region.equals(user.region())) {
            throw ProblemException.forbidden("a village user creates projects for their own village only");
        }
        Instant now = clock.instant();
        Project p = new Project();
        p.id = UUID.randomUUID();
        long seq = ((Number) em.createNativeQuery("select nextval('project_code_seq')").getSingleResult()).longValue();
        p.code = String.format("XM%d-%s-%05d", request.fiscalYear(), region.value().substring(0, 6), seq);
        p.name = request.name().strip();
        p.fiscalYear = request.fiscalYear();
        p.regionCode = region.value();
        p.industryCategory = request.industryCategory();
        p.status = ProjectStatus.DRAFT;
        p.createdBy = user.subject();
        p.createdAt = now;
        p.updatedAt = now;
        p.persist();
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.DRAFTED_V1,
                new ProjectDraftedV1(p.id.toString(), p.code, p.name, p.fiscalYear, p.regionCode, p.industryCategory.name(),
                        p.createdBy, p.createdAt));
        return p;
    }

    /** A project in the caller's region subtree; 404 otherwise, even when it exists elsewhere. */
    public Project get(UUID id) {
        return Project.<Project>find("id = :id and regionCode like :scope",
                        Parameters.with("id", id).and("scope", user.scope().likePattern()))
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("project", id));
    }

    public Page<Project> list(Integer fiscalYear, ProjectStatus status, PageRequest page) {
        StringBuilder q = new StringBuilder("regionCode like :scope");
        Parameters params = Parameters.with("scope", user.scope().likePattern());
        if (fiscalYear != null) {
            q.append(" and fiscalYear = :year");
            params.and("year", fiscalYear);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        var query = Project.<Project>find(q.toString(), Sort.descending("createdAt").and("id"), params);
        return new Page<>(query.page(page.page(), page.size()).list(), page.page(), page.size(), query.count());
    }
}
