package cn.gov.xinxiang.agri.project.household;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String nationalHouseholdNo;
    public String villageCode;
    public String headName;
    @Enumerated(EnumType.STRING)
    public HouseholdCategory category;
    public boolean labourCapacity;
    public String idNumberMasked;
    public boolean onRoster;
    public Instant updatedAt;
    @Version
    public long version;

    /** Never print the ID number, not even masked, in logs. */
    @Override
    public String toString() {
        return "Household[" + id + ", " + nationalHouseholdNo + "]";
    }
}
