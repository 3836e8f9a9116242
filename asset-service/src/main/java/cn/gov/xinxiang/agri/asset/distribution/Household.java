package cn.gov.xinxiang.agri.asset.distribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** asset-service's copy of a roster household (from project-service's household events). */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {
    @Id
    public UUID id;
    public String nationalHouseholdNo;
    public String villageCode;
    public String headName;
    public String category;
    public boolean labourCapacity;
    public boolean onRoster;
    /** When it left the roster; it still receives for that period, not from the next. */
    public Instant leftRosterAt;
    public Instant changedAt;
}
