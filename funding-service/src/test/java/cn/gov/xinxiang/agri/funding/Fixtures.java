package cn.gov.xinxiang.agri.funding;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Shared test set-up: fresh fiscal years, policy parameters, plans, and library projects via events. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final String CITY = "410700000000";
    public static final String YUANYANG = "410725000000";
    public static final String YANJIN = "410726000000";
    public static final String YY_VILLAGE = "410725901201";
    public static final String YY_TOWNSHIP = "410725901000";
    public static final String YJ_VILLAGE = "410726901201";
    public static final String PROJECT_TOPIC = EventTypes.topicOf(ProjectEvents.AGGREGATE);

    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Years no other test uses (the sample data owns 2023 and 2024; seeded parameters 2023..2026). */
    private static final AtomicInteger YEARS = new AtomicInteger(2030);

    public static int freshYear() {
        return YEARS.incrementAndGet();
    }

    public static String city() {
        return bearer("city", CITY);
    }

    public static String policyJson(String industryFloor, String leadingFloor) {
        return """
                {"industryShareFloor": {"value": %s, "sourceDocument": "测试文件：产业发展占比"},
                 "leadingShareFloor": {"value": %s, "sourceDocument": "测试文件：主导产业占比"},
                 "negativeList": [{"code": "VEHICLES", "label": "购置交通工具", "sourceDocument": "财农〔2021〕19号"},
                                  {"code": "DEBT_REPAYMENT", "label": "偿还债务", "sourceDocument": "财农〔2021〕19号"}]}
                """.formatted(industryFloor, leadingFloor);
    }

    public static void policy(int year) {
        given().header("Authorization", city()).contentType(ContentType.JSON).body(policyJson("0.65", "0.5"))
                .put("/api/v1/policy-parameters/" + year).then().statusCode(201);
    }

    /**
     * A plan of {@code total} yuan, all of it for industry (leading half), split between 原阳 and 延津
     * as given (the remainder of the total unsplit when they do not add up).
     */
    public static String planJson(int year, String central, String industry, String leading, String infrastructure,
                                  String yuanyang, String yanjin) {
        return """
                {"fiscalYear": %d,
                 "sources": {"central": %s, "provincial": 0, "city": 0, "county": 0},
                 "uses": {"industryDevelopment": %s, "leadingIndustry": %s, "infrastructure": %s, "employment": 0, "other": 0},
                 "countyShares": [{"countyCode": "410725000000", "amount": %s}, {"countyCode": "410726000000", "amount": %s}]}
                """.formatted(year, central, industry, leading, infrastructure, yuanyang, yanjin);
    }

    /** Creates and publishes a plan above both floors; returns its id. */
    public static String publishedPlan(int year, String yuanyang, String yanjin) {
        policy(year);
        BigDecimal total = new BigDecimal(yuanyang).add(new BigDecimal(yanjin));
        return createdAndPublished(planJson(year, total.toPlainString(), total.toPlainString(), total.toPlainString(), "0", yuanyang, yanjin));
    }

    /**
     * Creates and publishes a plan that also plans money for infrastructure and employment (the rest for industry,
     * all of it leading); allocations of a use never exceed what the plan plans for it. Returns its id.
     */
    public static String publishedPlan(int year, String yuanyang, String yanjin, String infrastructure, String employment) {
        policy(year);
        BigDecimal total = new BigDecimal(yuanyang).add(new BigDecimal(yanjin));
        BigDecimal industry = total.subtract(new BigDecimal(infrastructure)).subtract(new BigDecimal(employment));
        String body = """
                {"fiscalYear": %d,
                 "sources": {"central": %s, "provincial": 0, "city": 0, "county": 0},
                 "uses": {"industryDevelopment": %s, "leadingIndustry": %s, "infrastructure": %s, "employment": %s, "other": 0},
                 "countyShares": [{"countyCode": "410725000000", "amount": %s}, {"countyCode": "410726000000", "amount": %s}]}
                """.formatted(year, total.toPlainString(), industry.toPlainString(), industry.toPlainString(), infrastructure, employment, yuanyang, yanjin);
        return createdAndPublished(body);
    }

    /** Creates a plan from a request body (as the city) and publishes it as it stands; returns its id. */
    static String createdAndPublished(String planBody) {
        Response created = given().header("Authorization", city()).contentType(ContentType.JSON).body(planBody).post("/api/v1/plans");
        created.then().statusCode(201);
        String id = created.path("id");
        String etag = given().header("Authorization", city()).get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        given().header("Authorization", city()).header("If-Match", etag).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/plans/" + id + "/publication").then().statusCode(200);
        return id;
    }

    public static String admittedEvent(String projectId, String region, String county, boolean leading, String eventId) {
        var data = new ProjectAdmittedV1(projectId, "XM2024-" + region.substring(0, 6) + "-" + projectId.substring(0, 5), "测试项目" + projectId.substring(0, 4),
                2024, region, county, "GREEN_FOOD", leading, leading ? "PREPARED_MEALS" : null,
                new BigDecimal("5000000.00"), new BigDecimal("3000000.00"),
                List.of(new ProjectAdmittedV1.Mechanism("EMPLOYMENT", 30, 5, 10, new BigDecimal("3600.00")),
                        new ProjectAdmittedV1.Mechanism("ORDER_PURCHASING", 40, 6, 20, new BigDecimal("1200.00"))),
                Instant.parse("2024-04-01T02:00:00Z"));
        return new CloudEvent(eventId, "/project-service", ProjectEvents.ADMITTED_V1, projectId, Instant.now(),
                MAPPER.valueToTree(data)).toJson(MAPPER).toString();
    }

    /** Sends a ProjectAdmittedV1 for a new project and waits until funding-service knows it. */
    public static String admitted(String region, boolean leading) {
        String projectId = UUID.randomUUID().toString();
        String county = region.substring(0, 6) + "000000";
        KafkaTestClient.send(PROJECT_TOPIC, projectId, admittedEvent(projectId, region, county, leading, UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", city()).get("/api/v1/library-projects/" + projectId).then().statusCode(200));
        return projectId;
    }

    /** Parses a response body keeping decimals exact (REST Assured's JSON path reads them as floats). */
    public static com.fasterxml.jackson.databind.JsonNode json(String body) {
        try {
            return MAPPER.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String allocationJson(String projectId, String use, String purpose, String amount) {
        return """
                {"projectId": "%s", "use": "%s", "purposeCode": "%s", "amount": %s}
                """.formatted(projectId, use, purpose, amount);
    }
}
