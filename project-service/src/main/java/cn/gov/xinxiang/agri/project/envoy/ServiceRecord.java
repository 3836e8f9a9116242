package cn.gov.xinxiang.agri.project.envoy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One service of an envoy: a date, a topic, the households reached, in one of the envoy's villages or projects. */
@Entity
@Table(name = "envoy_service")
public class ServiceRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    public UUID envoyId;
    public String countyCode;
    public LocalDate servedOn;
    public String topic;
    public int householdsReached;
    public String villageCode;
    public UUID projectId;
    public String createdBy;
    public Instant createdAt;
}
