package cn.gov.xinxiang.agri.contracts;

/**
 * Naming of CloudEvents types and the topics they travel on. Each aggregate's types live in its own
 * {@code <aggregate>/<Aggregate>Events} class next to its payload records. A breaking change to a payload gets a
 * new version suffix and a new schema file; consumers keep reading the old one until it is retired.
 */
public final class EventTypes {
    private EventTypes() {
    }

    public static final String PREFIX = "cn.gov.xinxiang.agri.";

    /** Aggregate types: one Kafka topic each, named {@code agri.<aggregate>}. */
    public static final String AGGREGATE_PROJECT = "project";
    public static final String AGGREGATE_HOUSEHOLD = "household";
    public static final String AGGREGATE_ASSET = "asset";
    public static final String AGGREGATE_FUNDING = "funding";
    public static final String AGGREGATE_EVALUATION = "evaluation";
    /** Per-year policy parameters; every owning service publishes its own keys here. */
    public static final String AGGREGATE_POLICY = "policy";
    /** The division directory (区划), owned by project-service; key = the 12-digit region code. */
    public static final String AGGREGATE_REGION = "region";
    /** Skills certificates (技能培训持证) of people of poverty-alleviated and monitored households, owned by project-service. */
    public static final String AGGREGATE_SKILLS = "skills";
    /** Science and technology envoys (科技特派员), their projects, villages and service records, owned by project-service. */
    public static final String AGGREGATE_ENVOY = "envoy";
    /** Rural craftsmen (乡村工匠) and their recognitions, owned by project-service. */
    public static final String AGGREGATE_CRAFTSMAN = "craftsman";
    /** Demonstration villages (示范村) and the projects that qualify because of them, owned by project-service. */
    public static final String AGGREGATE_DEMONSTRATION_VILLAGE = "demonstration-village";
    /** The registry of operating entities (经营主体), owned by project-service; key = the unified social credit code. */
    public static final String AGGREGATE_ENTITY = "entity";
    /** Assistance-industry consortia (帮扶产业发展联合体), owned by project-service; key = the consortium's id. */
    public static final String AGGREGATE_CONSORTIUM = "consortium";

    public static String topicOf(String aggregateType) {
        return "agri." + aggregateType;
    }
}
