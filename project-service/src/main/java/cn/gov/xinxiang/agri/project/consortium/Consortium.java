package cn.gov.xinxiang.agri.project.consortium;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
    @Column(nullable = false)
    public String name;
    @Column(name = "county_code", nullable = false)
    public String countyCode;
    @Column(nullable = false)
    public int year;
    @Column(name = "leading_industry_code", nullable = false)
    public String leadingIndustryCode;
    @Column(name = "lead_credit_code", nullable = false)
    public String leadCreditCode;
    @Column(name = "employed_households")
    public Integer employedHouseholds;
    @Column(name = "linked_households")
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

    @Column(name = "version_no", nullable = false)
    public int versionNo;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Embeddable
    public static class Member {
        @Column(name = "credit_code", nullable = false)
        public String creditCode;
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public MemberRole role;
    }

    @Embeddable
    public static class Link {
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public LinkKind kind;
        @Column(nullable = false)
        public String product;
        @Column(nullable = false)
        public BigDecimal quantity;
        @Column(nullable = false)
        public String unit;
        public Integer households;
        public BigDecimal amount;
    }

    @Embeddable
    public static class Financing {
        @Column(nullable = false)
        public String institution;
        @Column(nullable = false)
        public String product;
        @Column(nullable = false)
        public BigDecimal amount;
    }
}
