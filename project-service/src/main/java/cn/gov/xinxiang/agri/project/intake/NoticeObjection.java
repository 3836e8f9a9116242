package cn.gov.xinxiang.agri.project.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID projectId;
    public String raisedBy;
    public String content;
    public Instant receivedAt;
    public String recordedBy;
    public String resolution;
    public Boolean upheld;
    public String resolvedBy;
    public Instant resolvedAt;
    @Version
    public long version;
}
