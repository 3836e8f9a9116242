package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.project.library.ProjectStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID projectId;
    @Enumerated(EnumType.STRING)
    public IntakeAction action;
    @Enumerated(EnumType.STRING)
    public ProjectStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public ProjectStatus toStatus;
    public String actor;
    public String actorRole;
    public String actorRegion;
    public String reason;
    public Instant at;
}
