package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.contracts.project.ProjectEntityLinkedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.platform.outbox.Outbox;
import cn.gov.xinxiang.agri.platform.problem.Refusals;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.RegionDirectory;
import cn.gov.xinxiang.agri.platform.security.CurrentUser;
import cn.gov.xinxiang.agri.platform.security.Role;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;
import cn.gov.xinxiang.agri.project.library.Project;
import cn.gov.xinxiang.agri.project.library.ProjectService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Registered entities in roles on projects. A project is reached only within the caller's region (404 otherwise). */
@ApplicationScoped
public class ProjectEntities {

    @Inject
    ProjectService projects;
    @Inject
    EntityService entities;
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

    /**
     * Links the entity in the role. The entity must be registered in the project's county: the county coordinates its
     * projects (统管) and keeps the entities they rely on, so a project does not lean on one only another county knows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EntityDtos.LinkView link(UUID projectId, EntityDtos.LinkRequest req) {
        Project p = projects.get(projectId);
        user.require(Role.VILLAGE, Role.TOWNSHIP, Role.COUNTY);
        String code = EntityRules.normalise(req.creditCode());
        OperatingEntity e = Refusals.orThrow(EntityRules.linkable(code, CreditCode.problem(code).isPresent() ? null : entities.registered(code).orElse(null),
                p.countyCode, county -> regions.nameOf(RegionCode.of(county))));
        Instant now = clock.instant();
        int inserted = em.createNativeQuery("insert into project_entity (project_id, credit_code, role, linked_by, linked_at) values (?1, ?2, ?3, ?4, ?5) "
                        + "on conflict do nothing")
                .setParameter(1, p.id).setParameter(2, e.creditCode).setParameter(3, req.role().name()).setParameter(4, user.subject())
                .setParameter(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
        Refusals.orThrow(EntityRules.newLink(inserted > 0, e.name, req.role()));
        outbox.append(ProjectEvents.AGGREGATE, p.id.toString(), ProjectEvents.ENTITY_LINKED_V1,
                new ProjectEntityLinkedV1(p.id.toString(), p.code, p.regionCode, p.countyCode, e.creditCode, e.kind.name(), req.role().name(),
                        user.subject(), now));
        return new EntityDtos.LinkView(e.creditCode, e.name, e.kind, e.kind.label, e.level, e.level == null ? null : e.level.label, e.regionCode,
                req.role(), req.role().label, user.subject(), now);
    }

    /** The project's entities in roles, in the order they were linked. */
    @SuppressWarnings("unchecked")
    public List<EntityDtos.LinkView> of(UUID projectId) {
        Project p = projects.get(projectId);
        List<Object[]> rows = em.createNativeQuery("select e.credit_code, e.name, e.kind, e.level, e.region_code, l.role, l.linked_by, l.linked_at "
                        + "from project_entity l join operating_entity e on e.credit_code = l.credit_code where l.project_id = ?1 "
                        + "order by l.linked_at, e.credit_code, l.role")
                .setParameter(1, p.id).getResultList();
        return rows.stream().map(r -> {
            EntityKind kind = EntityKind.valueOf((String) r[2]);
            EnterpriseLevel level = r[3] == null ? null : EnterpriseLevel.valueOf((String) r[3]);
            ProjectEntityRole role = ProjectEntityRole.valueOf((String) r[5]);
            return new EntityDtos.LinkView((String) r[0], (String) r[1], kind, kind.label, level, level == null ? null : level.label,
                    (String) r[4], role, role.label, (String) r[6], Versions.instant(r[7]));
        }).toList();
    }
}
