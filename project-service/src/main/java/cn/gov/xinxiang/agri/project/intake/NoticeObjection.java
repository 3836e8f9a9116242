package cn.gov.xinxiang.agri.project.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** An objection received during the public notice (公示), recorded by the county and resolved by it. */
@Entity
@Table(name = "notice_objection")
public class NoticeObjection extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id", nullable = false)
    public UUID projectId;
    @Column(name = "raised_by", nullable = false)
    public String raisedBy;
    @Column(nullable = false)
    public String content;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    public String resolution;
    public Boolean upheld;
    @Column(name = "resolved_by")
    public String resolvedBy;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Version
    public long version;
}
