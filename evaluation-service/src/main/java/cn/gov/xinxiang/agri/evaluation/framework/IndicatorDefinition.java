package cn.gov.xinxiang.agri.evaluation.framework;

import cn.gov.xinxiang.agri.evaluation.scoring.Direction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/** One indicator of a year's framework; target, weight and whether it is required are data the city maintains. */
@Entity
@Table(name = "indicator_definition")
public class IndicatorDefinition extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public int fiscalYear;

    public String code;

    public String name;

    public String definition;

    public String dataSource;

    public String unit;

    public BigDecimal target;

    public BigDecimal weight;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    public String sourceDocument;

    /** Without data a required indicator scores 0 ("no data reported"); an optional one is left out. */
    public boolean required;

    /** When set, the target is this policy parameter of the year (from agri.policy; a fraction as a percentage), not {@link #target}. */
    public String targetPolicyKey;

    @Version
    public long version;
}
