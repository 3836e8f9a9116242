package cn.gov.xinxiang.agri.asset.distribution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "national_household_no", nullable = false)
    public String nationalHouseholdNo;
    @Column(name = "village_code", nullable = false)
    public String villageCode;
    @Column(name = "head_name", nullable = false)
    public String headName;
    @Column(nullable = false)
    public String category;
    @Column(name = "labour_capacity", nullable = false)
    public boolean labourCapacity;
    @Column(name = "on_roster", nullable = false)
    public boolean onRoster;
    /** When it left the roster; it still receives for that period, not from the next. */
    @Column(name = "left_roster_at")
    public Instant leftRosterAt;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
