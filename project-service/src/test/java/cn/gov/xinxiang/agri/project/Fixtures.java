package cn.gov.xinxiang.agri.project;

import cn.gov.xinxiang.agri.testing.TestClock;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;

/** Request bodies and calls shared by the project-service tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static final String CITY = "410700000000";
    public static final String COUNTY = "410725000000";
    public static final String OTHER_COUNTY = "410726000000";
    public static final String TOWNSHIP = "410725901000";
    public static final String OTHER_TOWNSHIP = "410725902000";
    public static final String VILLAGE = "410725901201";
    public static final String OTHER_VILLAGE = "410725901202";

    public static final String ENTERPRISE_CODE = "91410725MA9F5LJX21";
    public static final String COOPERATIVE_CODE = "93410725MA45U2PL07";

    public static String mechanism(String type) {
        return """
                {"type": "%s", "plannedPovertyAlleviated": 30, "plannedMonitored": 5, "plannedOther": 10,
                 "expectedIncomePerHousehold": 6000.00, "description": "样例"}""".formatted(type);
    }

    /** A complete draft; {@code mechanisms} is the JSON array content, {@code lead} a leading-industry code or null. */
    public static String fullDraft(String name, String region, String lead, String mechanisms, String total) {
        return """
                {"name": "%s", "fiscalYear": 2025, "regionCode": "%s", "industryCategory": "SPECIALTY_FARMING",
                 "description": "新建标准化羊舍，带动脱贫户务工和入股分红",
                 "leadingIndustryCode": %s,
                 "investment": {"linkageFunds": 1200000.00, "otherFiscal": 300000.00, "selfRaised": 400000.00, "credit": 100000.00, "total": %s},
                 "participants": [
                   {"role": "LEADING_ENTERPRISE", "entityType": "LEADING_ENTERPRISE", "name": "原阳县某某食品有限公司", "creditCode": "%s"},
                   {"role": "COOPERATIVE", "entityType": "COOPERATIVE", "name": "城关一村肉羊养殖专业合作社", "creditCode": "%s"},
                   {"role": "FARMING_HOUSEHOLDS", "entityType": "FARMING_HOUSEHOLDS", "name": "城关一村脱贫户"}],
                 "mechanisms": [%s],
                 "performanceTargets": [{"indicator": "带动脱贫户增收", "value": "≥3000", "unit": "元/户/年"}]}
                """.formatted(name, region, lead == null ? "null" : "\"" + lead + "\"", total, ENTERPRISE_CODE, COOPERATIVE_CODE, mechanisms);
    }

    public static String fullDraft(String name, String region) {
        return fullDraft(name, region, null, mechanism("EMPLOYMENT") + "," + mechanism("EQUITY_DIVIDEND"), "2000000.00");
    }

    public static String createFull(String name, String region) {
        return given().header("Authorization", bearer("village", region)).contentType(ContentType.JSON)
                .body(fullDraft(name, region)).post("/api/v1/projects").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse post(String role, String region, String path, String body) {
        var req = given().header("Authorization", bearer(role, region)).contentType(ContentType.JSON);
        if (body != null) {
            req = req.body(body);
        }
        return req.post(path).then();
    }

    public static final String ALL_CHECKS = """
            {"checks": [
              {"check": "BENEFITS", "passed": true, "evidence": "可研报告测算年收益率6%"},
              {"check": "INTEREST_LINKAGE", "passed": true, "evidence": "务工协议和入股分红协议"},
              {"check": "ORGANISATIONAL_GUARANTEE", "passed": true, "evidence": "村两委成立项目专班"},
              {"check": "FOLLOW_UP_OPERATION", "passed": true, "evidence": "合作社运营，租赁合同5年"}],
             "note": "四项审查均通过"}""";

    /** Takes a fresh full project from draft to the given point; returns its id. */
    public static String toStatus(String name, String status) {
        String id = createFull(name, VILLAGE);
        String base = "/api/v1/projects/" + id;
        if (status.equals("DRAFT")) {
            return id;
        }
        post("village", VILLAGE, base + "/submission", null).statusCode(200);
        if (status.equals("SUBMITTED")) {
            return id;
        }
        post("township", TOWNSHIP, base + "/township-review", "{}").statusCode(200);
        if (status.equals("TOWNSHIP_REVIEWED")) {
            return id;
        }
        post("county", COUNTY, base + "/county-review", ALL_CHECKS).statusCode(200);
        if (status.equals("COUNTY_APPROVED")) {
            return id;
        }
        post("county", COUNTY, base + "/notice", null).statusCode(200);
        return id;
    }

    /** Through the notice (moving the test clock past it) into the library, and on to IN_PROGRESS through a funding event. */
    public static String toLibrary(String name, TestClock clock, boolean start) {
        String id = toStatus(name, "IN_NOTICE");
        String base = "/api/v1/projects/" + id;
        clock.advance(java.time.Duration.ofDays(10));
        post("county", COUNTY, base + "/admission", null).statusCode(200);
        if (!start) {
            return id;
        }
        var made = new cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1(java.util.UUID.randomUUID().toString(),
                java.util.UUID.randomUUID().toString(), 2025, id, COUNTY, "INDUSTRY_DEVELOPMENT", new java.math.BigDecimal("100000.00"), false,
                java.time.Instant.now());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        String event = new cn.gov.xinxiang.agri.contracts.CloudEvent(java.util.UUID.randomUUID().toString(), "/funding-service",
                cn.gov.xinxiang.agri.contracts.funding.FundingEvents.ALLOCATION_MADE_V1, made.planId(), java.time.Instant.now(),
                mapper.valueToTree(made)).toJson(mapper).toString();
        cn.gov.xinxiang.agri.testing.KafkaTestClient.send("agri.funding", made.planId(), event);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                given().header("Authorization", bearer("county", COUNTY)).get(base).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS")));
        return id;
    }

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** A well-formed ID number (GB 11643 check character) for sample household n. */
    public static String idNumber(int n) {
        String first = "410725" + (19500101 + (n % 28) + 100 * (n % 12) + 10000 * (n % 50)) + String.format("%03d", n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first + "10X98765432".charAt(sum % 11);
    }
}
