package cn.gov.xinxiang.agri.project.consortium;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An assistance-industry consortium (帮扶产业发展联合体) of one county, year and leading industry. {@code versionNo}
 * is its version and ETag (1 as recorded, one more per correction); corrections lock the row.
 */
@Entity
@Table(name = "consortium")
public class Consortium extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    public String countyCode;
    public int year;
    public String leadingIndustryCode;
    public String leadCreditCode;
    public Integer employedHouseholds;
    public Integer linkedHouseholds;
    public String description;

    @ElementCollection
    @CollectionTable(name = "consortium_member", joinColumns = @JoinColumn(name = "consortium_id"))
    @OrderColumn(name = "position")
    public List<Member> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consortium_link", joinColumns = @JoinColumn(name = "consortium_id"))
    @OrderColumn(name = "position")
    public List<Link> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "consortium_financing", joinColumns = @JoinColumn(name = "consortium_id"))
    @OrderColumn(name = "position")
    public List<Financing> financing = new ArrayList<>();

    public int versionNo;
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    @Embeddable
    public static class Member {
        public String creditCode;
        @Enumerated(EnumType.STRING)
        public MemberRole role;
    }

    @Embeddable
    public static class Link {
        @Enumerated(EnumType.STRING)
        public LinkKind kind;
        public String product;
        public BigDecimal quantity;
        public String unit;
        public Integer households;
        public BigDecimal amount;
    }

    @Embeddable
    public static class Financing {
        public String institution;
        public String product;
        public BigDecimal amount;
    }
}
