package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step in a project's life: who did what, when and why. Written once, never changed. */
@Entity
@Table(name = "project_transition")
public class ProjectTransition extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id", nullable = false)
    public UUID projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IntakeAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public ProjectStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ProjectStatus toStatus;
    @Column(nullable = false)
    public String actor;
    @Column(name = "actor_role", nullable = false)
    public String actorRole;
    @Column(name = "actor_region")
    public String actorRegion;
    public String reason;
    @Column(nullable = false)
    public Instant at;
}
