package cn.gov.xinxiang.agri.project.envoy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "envoy_id", nullable = false)
    public UUID envoyId;
    @Column(name = "county_code", nullable = false)
    public String countyCode;
    @Column(name = "served_on", nullable = false)
    public LocalDate servedOn;
    @Column(nullable = false)
    public String topic;
    @Column(name = "households_reached", nullable = false)
    public int householdsReached;
    @Column(name = "village_code")
    public String villageCode;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
