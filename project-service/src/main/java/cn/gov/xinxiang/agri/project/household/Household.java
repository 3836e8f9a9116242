package cn.gov.xinxiang.agri.project.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A household on the roster (帮扶对象). The ID number is stored masked only. */
@Entity
@Table(name = "household")
public class Household extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "national_household_no", nullable = false, unique = true)
    public String nationalHouseholdNo;
    @Column(name = "village_code", nullable = false)
    public String villageCode;
    @Column(name = "head_name", nullable = false)
    public String headName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HouseholdCategory category;
    @Column(name = "labour_capacity", nullable = false)
    public boolean labourCapacity;
    @Column(name = "id_number_masked", nullable = false)
    public String idNumberMasked;
    @Column(name = "on_roster", nullable = false)
    public boolean onRoster;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Version
    public long version;

    /** Never print the ID number, not even masked, in logs. */
    @Override
    public String toString() {
        return "Household[" + id + ", " + nationalHouseholdNo + "]";
    }
}
