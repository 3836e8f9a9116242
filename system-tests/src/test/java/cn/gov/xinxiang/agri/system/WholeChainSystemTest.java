package cn.gov.xinxiang.agri.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * The whole chain (issue 6), every step through the public HTTP APIs of the services running as separate
 * processes against one PostgreSQL and one Kafka: a village applies, township and county review, public
 * notice, library, plan and allocation, disbursement and expenditure, completion and acceptance, the asset
 * confirmed with custody at four tiers, two half-year inventories, the household roster, a distribution.
 *
 * <p>Then evaluation-service: the county's evaluation for the year, recomputed by hand from its evidence, published, ranked.
 *
 * <p>Time: project-service's clock is moved past the 10-day notice; asset-service's clock is moved past
 * the end of the two half-years following the acceptance (the asset goes into service on the acceptance
 * date, and an inventory or distribution is only possible for an ended half-year), both through the
 * services' test-clock endpoint (enabled by AGRI_CLOCK_SHIFTABLE). Every step and check uses the public APIs.
 */
class WholeChainSystemTest {

    static final int YEAR = 2026;
    static final String CITY = "410700000000";
    static final String COUNTY = "410725000000";
    static final String TOWNSHIP = "410725901000";
    static final String VILLAGE = "410725901201";
    static final String OTHER_VILLAGE = "410725901202";
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    static final Duration PROPAGATION = Duration.ofSeconds(60);

    static RunningSuite suite;

    @BeforeAll
    static void start() {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        suite = RunningSuite.start(Map.of("AGRI_CLOCK_SHIFTABLE", "true"), "project-service", "funding-service", "asset-service",
                "evaluation-service");
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
    }

    static RequestSpecification as(String service, String role, String region) {
        return given().baseUri(suite.url(service)).header("Authorization", suite.bearer(role, region)).contentType(ContentType.JSON);
    }

    static RequestSpecification project(String role, String region) {
        return as("project-service", role, region);
    }

    static RequestSpecification funding(String role, String region) {
        return as("funding-service", role, region);
    }

    static RequestSpecification asset(String role, String region) {
        return as("asset-service", role, region);
    }

    static RequestSpecification evaluation(String role, String region) {
        return as("evaluation-service", role, region);
    }

    /** JSON with exact decimals (REST Assured reads them as floats otherwise). */
    static io.restassured.path.json.JsonPath exact(String json) {
        return new io.restassured.path.json.JsonPath(json).using(io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /**
     * Redoes a score from the evidence alone with the rules the evidence states (evaluation-service README):
     * actual = round2(numerator × 100 / denominator); higher is better: min(100, round2(actual × 100 / target));
     * lower is better: 100 if actual ≤ target, else round2(target × 100 / actual); a required indicator without data scores 0;
     * total = round2(Σ w × score / Σ w) over the counted indicators. Numerator and denominator must be the sums of the records
     * counted, read page by page from GET /api/v1/evaluations/{id}/records (the evidence keeps their count and fingerprint).
     */
    /** An indicator's counted records, every page, each as its fields with table, numeratorPart and denominatorPart beside them. */
    static List<Map<String, Object>> records(String evaluationId, String code) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        long total;
        int page = 0;
        do {
            io.restassured.path.json.JsonPath p = exact(evaluation("city", CITY)
                    .get("/api/v1/evaluations/" + evaluationId + "/records?indicator=" + code + "&size=200&page=" + page).then().statusCode(200)
                    .extract().asString());
            total = p.getLong("total");
            List<Map<String, Object>> items = p.getList("items");
            for (Map<String, Object> r : items) {
                @SuppressWarnings("unchecked")
                Map<String, Object> flat = new java.util.LinkedHashMap<>((Map<String, Object>) r.get("detail"));
                flat.put("table", r.get("table"));
                flat.put("numeratorPart", r.get("numeratorPart"));
                flat.put("denominatorPart", r.get("denominatorPart"));
                out.add(flat);
            }
            page++;
        } while ((long) page * 200 < total);
        return out;
    }

    static java.math.BigDecimal recomputeByHand(io.restassured.path.json.JsonPath evaluation) {
        java.math.BigDecimal hundred = java.math.BigDecimal.valueOf(100);
        java.math.BigDecimal weights = java.math.BigDecimal.ZERO;
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        List<Map<String, Object>> indicators = evaluation.getList("evidence.indicators");
        for (Map<String, Object> i : indicators) {
            if (!Boolean.TRUE.equals(i.get("hasData"))) {
                if (Boolean.TRUE.equals(i.get("counted"))) {
                    // a required indicator without data scores 0 with its full weight
                    assertThat(String.valueOf(i.get("noDataReason"))).startsWith("no data reported");
                    assertThat(dec(i.get("score"))).isEqualByComparingTo("0");
                    weights = weights.add(dec(i.get("weight")));
                }
                continue;
            }
            java.math.BigDecimal num = dec(i.get("numerator"));
            java.math.BigDecimal den = dec(i.get("denominator"));
            java.math.BigDecimal recNum = java.math.BigDecimal.ZERO;
            java.math.BigDecimal recDen = java.math.BigDecimal.ZERO;
            List<Map<String, Object>> records = records(evaluation.getString("id"), String.valueOf(i.get("code")));
            assertThat(records).as(i.get("code") + " records").hasSize(((Number) i.get("recordCount")).intValue());
            for (Map<String, Object> r : records) {
                if (r.get("numeratorPart") != null) {
                    // count-based indicators state each record's part of numerator and denominator
                    recNum = recNum.add(dec(r.get("numeratorPart")));
                    recDen = recDen.add(dec(r.get("denominatorPart")));
                    continue;
                }
                recDen = recDen.add(dec(r.get("amount")));
                if (String.valueOf(r.get("counted")).startsWith("numerator")) {
                    recNum = recNum.add(dec(r.get("amount")));
                }
            }
            assertThat(recNum).as(i.get("code") + " numerator from records").isEqualByComparingTo(num);
            assertThat(recDen).as(i.get("code") + " denominator from records").isEqualByComparingTo(den);
            java.math.BigDecimal actual = num.multiply(hundred).divide(den, 2, java.math.RoundingMode.HALF_UP);
            assertThat(dec(i.get("actual"))).as(i.get("code") + " actual").isEqualByComparingTo(actual);
            java.math.BigDecimal target = dec(i.get("target"));
            java.math.BigDecimal score = "HIGHER_IS_BETTER".equals(i.get("direction"))
                    ? (target.signum() == 0 ? hundred : actual.multiply(hundred).divide(target, 2, java.math.RoundingMode.HALF_UP).min(hundred))
                    : (actual.compareTo(target) <= 0 ? hundred : target.signum() == 0 ? java.math.BigDecimal.ZERO
                    : target.multiply(hundred).divide(actual, 2, java.math.RoundingMode.HALF_UP));
            assertThat(dec(i.get("score"))).as(i.get("code") + " score").isEqualByComparingTo(score);
            java.math.BigDecimal w = dec(i.get("weight"));
            weights = weights.add(w);
            sum = sum.add(w.multiply(score));
        }
        return weights.signum() == 0 ? null : sum.divide(weights, 2, java.math.RoundingMode.HALF_UP);
    }

    static java.math.BigDecimal dec(Object o) {
        return new java.math.BigDecimal(String.valueOf(o));
    }

    /** Moves a service's clock forward through its test-clock endpoint. */
    static void advanceClock(String service, int days) {
        var response = as(service, "city", CITY).post("/api/v1/test-clock/advance?days=" + days);
        assertThat(response.statusCode()).as("test-clock advance on " + service + ": " + response.asString()).isEqualTo(200);
    }

    static String mechanism(String type) {
        return """
                {"type": "%s", "plannedPovertyAlleviated": 30, "plannedMonitored": 5, "plannedOther": 10,
                 "expectedIncomePerHousehold": 6000.00, "description": "联农带农"}""".formatted(type);
    }

    static final String DRAFT = """
            {"name": "城关一村肉羊养殖扶贫车间", "fiscalYear": %d, "regionCode": "%s", "industryCategory": "SPECIALTY_FARMING",
             "description": "新建标准化羊舍，带动脱贫户务工和入股分红",
             "leadingIndustryCode": "MUTTON",
             "investment": {"linkageFunds": 1200000.00, "otherFiscal": 300000.00, "selfRaised": 400000.00, "credit": 100000.00, "total": 2000000.00},
             "participants": [
               {"role": "LEADING_ENTERPRISE", "entityType": "LEADING_ENTERPRISE", "name": "原阳县某某食品有限公司", "creditCode": "91410725MA9F5LJX21"},
               {"role": "COOPERATIVE", "entityType": "COOPERATIVE", "name": "城关一村肉羊养殖专业合作社", "creditCode": "93410725MA45U2PL07"},
               {"role": "FARMING_HOUSEHOLDS", "entityType": "FARMING_HOUSEHOLDS", "name": "城关一村脱贫户"}],
             "mechanisms": [%s, %s],
             "performanceTargets": [{"indicator": "带动脱贫户增收", "value": "≥3000", "unit": "元/户/年"}]}
            """.formatted(YEAR, VILLAGE, mechanism("EMPLOYMENT"), mechanism("EQUITY_DIVIDEND"));

    static final String FOUR_CHECKS = """
            {"checks": [
              {"check": "BENEFITS", "passed": true, "evidence": "可研报告测算年收益率6%"},
              {"check": "INTEREST_LINKAGE", "passed": true, "evidence": "务工协议和入股分红协议"},
              {"check": "ORGANISATIONAL_GUARANTEE", "passed": true, "evidence": "村两委成立项目专班"},
              {"check": "FOLLOW_UP_OPERATION", "passed": true, "evidence": "合作社运营，租赁合同5年"}],
             "note": "四项审查均通过"}""";

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** A well-formed ID number (GB 11643 check character). */
    static String idNumber(int n) {
        String first = "410725" + (19600101 + 100 * n + n) + String.format("%03d", n);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first + "10X98765432".charAt(sum % 11);
    }

    static String household(String no, String head, String category, boolean labour, int n) {
        return """
                {"nationalHouseholdNo": "%s", "villageCode": "%s", "headName": "%s", "category": "%s", "labourCapacity": %s, "idNumber": "%s"}"""
                .formatted(no, VILLAGE, head, category, labour, idNumber(n));
    }

    static String work(String household, String amount) {
        return "{\"kind\": \"WORK_PAY\", \"householdId\": \"%s\", \"amount\": %s, \"workDescription\": \"羊舍饲养务工\", \"workDays\": 60}"
                .formatted(household, amount);
    }

    static String guarantee(String household, String amount) {
        return "{\"kind\": \"BASIC_GUARANTEE\", \"householdId\": \"%s\", \"amount\": %s}".formatted(household, amount);
    }

    static String use(String use, String amount) {
        return "{\"kind\": \"PERMITTED_USE\", \"use\": \"%s\", \"amount\": %s}".formatted(use, amount);
    }

    /** The end of the half-year after the one containing {@code day}. */
    static LocalDate secondHalfYearEnd(LocalDate day) {
        return day.getMonthValue() <= 6 ? LocalDate.of(day.getYear(), 12, 31) : LocalDate.of(day.getYear() + 1, 6, 30);
    }

    @Test
    void fromApplicationToDistribution() {
        long began = System.nanoTime();

        // 0. The county names its leading industries for the year.
        project("county", COUNTY).body("{\"industries\": [{\"code\": \"PREPARED_MEALS\", \"name\": \"预制菜\"}, {\"code\": \"MUTTON\", \"name\": \"肉羊养殖\"}]}")
                .put("/api/v1/leading-industries/" + COUNTY + "/" + YEAR).then().statusCode(200);

        // 1. The village creates a complete project with two mechanisms (linked to the leading industry) and submits it.
        String id = project("village", VILLAGE).body(DRAFT).post("/api/v1/projects").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("mechanisms.size()", equalTo(2)).extract().path("id");
        String base = "/api/v1/projects/" + id;
        project("village", VILLAGE).post(base + "/submission").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        // Another village cannot even see it.
        project("village", OTHER_VILLAGE).get(base).then().statusCode(404).contentType("application/problem+json");

        // 2. Township review, 3. county approval with the four checks, 4. public notice.
        project("township", TOWNSHIP).body("{\"note\": \"同意上报\"}").post(base + "/township-review").then().statusCode(200)
                .body("status", equalTo("TOWNSHIP_REVIEWED"));
        project("county", COUNTY).body(FOUR_CHECKS).post(base + "/county-review").then().statusCode(200)
                .body("status", equalTo("COUNTY_APPROVED")).body("reviewChecks.size()", equalTo(4));
        project("county", COUNTY).post(base + "/notice").then().statusCode(200).body("status", equalTo("IN_NOTICE"));
        // Admission before the notice is over is refused.
        project("county", COUNTY).post(base + "/admission").then().statusCode(422).body("type", equalTo("urn:agri:problem:notice-not-over"));

        // 5. Ten days later (project-service's clock moved 11 days) the county admits it into the library.
        advanceClock("project-service", 11);
        project("county", COUNTY).post(base + "/admission").then().statusCode(200).body("status", equalTo("IN_LIBRARY"));

        // 6. funding-service learns of it from project.admitted.
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                funding("city", CITY).get("/api/v1/library-projects/" + id).then().statusCode(200));

        // 7. The city's plan for the year with a county share, published.
        String plan = funding("city", CITY).body("""
                        {"fiscalYear": %d,
                         "sources": {"central": 5000000.00, "provincial": 0, "city": 0, "county": 0},
                         "uses": {"industryDevelopment": 4000000.00, "leadingIndustry": 2500000.00, "infrastructure": 1000000.00, "employment": 0, "other": 0},
                         "countyShares": [{"countyCode": "%s", "amount": 3000000.00}, {"countyCode": "410726000000", "amount": 2000000.00}]}
                        """.formatted(YEAR, COUNTY))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String planTag = funding("city", CITY).get("/api/v1/plans/" + plan).then().statusCode(200).extract().header("ETag");
        funding("city", CITY).header("If-Match", planTag).body("{}").post("/api/v1/plans/" + plan + "/publication").then().statusCode(200);

        // 8. The county allocates funds to the project; project-service starts it.
        String allocation = funding("county", COUNTY).body("""
                        {"projectId": "%s", "use": "INDUSTRY_DEVELOPMENT", "purposeCode": "PRODUCTION_FACILITIES", "amount": 1000000.00}
                        """.formatted(id))
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(201).extract().path("id");
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                project("county", COUNTY).get(base).then().statusCode(200).body("status", equalTo("IN_PROGRESS")));

        // 9. Disbursement and expenditure.
        String today = LocalDate.now(BUSINESS_ZONE).toString();
        funding("county", COUNTY).body("{\"amount\": 800000.00, \"disbursedOn\": \"%s\", \"voucherNo\": \"原财拨〔%d〕1号\"}".formatted(today, YEAR))
                .post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(201);
        funding("village", VILLAGE).body("{\"amount\": 600000.00, \"spentOn\": \"%s\", \"description\": \"羊舍建设工程款\"}".formatted(today))
                .post("/api/v1/allocations/" + allocation + "/expenditures").then().statusCode(201);
        funding("county", COUNTY).get("/api/v1/allocations/" + allocation).then().statusCode(200)
                .body("disbursed", equalTo(800000.00f)).body("expended", equalTo(600000.00f));

        // 10. Results of the year's mechanisms, then completion and acceptance with an operating asset in the village.
        project("village", VILLAGE).body("""
                        {"mechanisms": [
                          {"type": "EMPLOYMENT", "linkedPovertyAlleviated": 28, "linkedMonitored": 4, "linkedOther": 6, "incomeReceived": 168000.00},
                          {"type": "EQUITY_DIVIDEND", "linkedPovertyAlleviated": 30, "linkedMonitored": 5, "linkedOther": 0, "incomeReceived": 60000.00}]}""")
                .put(base + "/results/" + YEAR).then().statusCode(200);
        String startedAt = project("county", COUNTY).get(base).then().statusCode(200).extract().path("startedAt");
        LocalDate startedOn = LocalDate.ofInstant(Instant.parse(startedAt), BUSINESS_ZONE);
        project("county", COUNTY).body("{\"completedOn\": \"" + startedOn + "\"}").post(base + "/completion").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        project("county", COUNTY).body("""
                        {"assets": [{"assetRef": "PEN-1", "name": "标准化羊舍", "assetClass": "OPERATING", "value": 1500000.00, "locationRegionCode": "%s"}]}"""
                        .formatted(VILLAGE))
                .post(base + "/acceptance").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        List<String> actions = project("city", CITY).get(base + "/transitions").then().statusCode(200).extract().jsonPath().getList("action");
        assertThat(actions).containsExactly("SUBMIT", "TOWNSHIP_APPROVE", "COUNTY_APPROVE", "START_NOTICE", "ADMIT", "START", "COMPLETE", "ACCEPT");

        // 11. asset-service shows the asset formed by the accepted project.
        String[] assetId = new String[1];
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> ids = asset("county", COUNTY).get("/api/v1/assets?sourceProjectId=" + id).then().statusCode(200)
                    .extract().path("items.id");
            assertThat(ids).hasSize(1);
            assetId[0] = ids.get(0);
        });
        String path = "/api/v1/assets/" + assetId[0];
        asset("village", VILLAGE).get(path).then().statusCode(200).body("status", equalTo("UNCONFIRMED"))
                .body("assetRef", equalTo("PEN-1")).body("value", equalTo(1500000.00f));
        asset("village", OTHER_VILLAGE).get(path).then().statusCode(404);

        // 12. The county confirms it as the village collective's.
        String tag = asset("county", COUNTY).get(path).then().statusCode(200).extract().header("ETag");
        asset("county", COUNTY).header("If-Match", tag)
                .body("{\"ownerType\": \"VILLAGE_COLLECTIVE\", \"ownerName\": \"城关一村股份经济合作社\", \"ownershipNature\": \"COLLECTIVE\"}")
                .post(path + "/confirmation").then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("ownerRegionCode", equalTo(VILLAGE));

        // 13. Custody named at all four tiers; the chain verifies.
        String assign = "{\"unitName\": \"%s\", \"personName\": \"%s\"}";
        asset("city", CITY).body(assign.formatted("新乡市农业农村局", "张三")).put(path + "/custody/CITY").then().statusCode(201);
        asset("county", COUNTY).body(assign.formatted("原阳县农业农村局", "李四")).put(path + "/custody/COUNTY").then().statusCode(201);
        asset("township", TOWNSHIP).body(assign.formatted("城关镇人民政府", "王五")).put(path + "/custody/TOWNSHIP").then().statusCode(201);
        asset("village", VILLAGE).body(assign.formatted("城关一村村民委员会", "赵六")).put(path + "/custody/VILLAGE").then().statusCode(201);
        asset("village", VILLAGE).get(path + "/custody").then().statusCode(200).body("complete", equalTo(true))
                .body("positions.size()", equalTo(4));
        asset("auditor", CITY).get(path + "/custody/verify").then().statusCode(200).body("valid", equalTo(true)).body("entries", equalTo(4));

        // 14. Two half-year income inventories: the asset went into service at acceptance, so move asset-service's
        // clock past the end of the two half-years that follow.
        LocalDate inService = LocalDate.parse(asset("village", VILLAGE).get(path).then().extract().<String>path("inServiceOn"));
        LocalDate secondEnds = secondHalfYearEnd(inService);
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(BUSINESS_ZONE), secondEnds) + 3;
        if (days > 0) {
            advanceClock("asset-service", days);
        }
        String first = inService.getYear() + (inService.getMonthValue() <= 6 ? "H1" : "H2");
        String second = inService.getMonthValue() <= 6 ? inService.getYear() + "H2" : (inService.getYear() + 1) + "H1";
        asset("village", VILLAGE).body("{\"period\": \"%s\", \"income\": 15000.00, \"note\": \"租金到账\"}".formatted(first))
                .post(path + "/income").then().statusCode(201).body("belowBenchmark", equalTo(false));
        asset("village", VILLAGE).body("{\"period\": \"%s\", \"income\": 15000.00, \"note\": \"租金到账\"}".formatted(second))
                .post(path + "/income").then().statusCode(201).body("belowBenchmark", equalTo(false));
        asset("village", VILLAGE).get(path + "/income").then().statusCode(200).body("period", equalTo(List.of(first, second)));

        // 15. The household roster, bulk-upserted in project-service, reaches asset-service.
        String prefix = "WC" + UUID.randomUUID().toString().substring(0, 6);
        project("county", COUNTY).body("{\"households\": [" + String.join(",",
                        household(prefix + "-1", "张建国", "POVERTY_ALLEVIATED", true, 1),
                        household(prefix + "-2", "李秀兰", "POVERTY_ALLEVIATED", false, 2),
                        household(prefix + "-3", "王富贵", "MONITORED", true, 3)) + "]}")
                .post("/api/v1/households/bulk-upsert").then().statusCode(200).body("created", equalTo(3));
        Map<String, String> byHead = new java.util.HashMap<>();
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> items = asset("village", VILLAGE).get("/api/v1/households?size=200").then().statusCode(200)
                    .extract().path("items");
            items.stream().filter(h -> String.valueOf(h.get("nationalHouseholdNo")).startsWith(prefix))
                    .forEach(h -> byHead.put((String) h.get("headName"), (String) h.get("id")));
            assertThat(byHead).containsOnlyKeys("张建国", "李秀兰", "王富贵");
        });
        String able = byHead.get("张建国");
        String unable = byHead.get("李秀兰");
        String monitored = byHead.get("王富贵");

        // 16. Distribution of the village's income, the seed's procedure: 69% to target households is refused; 30 000 against the
        // 15 000 of the period's inventory is refused unless the difference is explained; the village proposes, the township
        // returns it with a reason, the village corrects it (a new version), the township reviews, the county approves, the
        // village publishes, and the public list shows it with the names masked.
        String period = first;
        String refused = """
                {"villageCode": "%s", "period": "%s", "income": 30000.00, "lines": [%s]}""".formatted(VILLAGE, period, String.join(",",
                work(able, "12000.00"), work(monitored, "4700.00"), guarantee(unable, "4000.00"), use("COLLECTIVE_REINVESTMENT", "9300.00")));
        asset("village", VILLAGE).body(refused).post("/api/v1/distributions").then().statusCode(422)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:distribution-rule"))
                .body("detail", containsString("仅占 69%"));
        String lines = String.join(",", work(able, "12000.00"), work(monitored, "6000.00"), guarantee(unable, "4000.00"),
                use("COLLECTIVE_REINVESTMENT", "8000.00"));
        asset("village", VILLAGE).body("""
                {"villageCode": "%s", "period": "%s", "income": 30000.00, "lines": [%s]}""".formatted(VILLAGE, period, lines))
                .post("/api/v1/distributions").then().statusCode(422).body("type", equalTo("urn:agri:problem:income-not-reconciled"))
                .body("errors[0].field", equalTo("income")).body("detail", containsString("相差 15000.00"));
        String lawful = """
                {"villageCode": "%s", "period": "%s", "income": 30000.00, "incomeDifferenceNote": "另有村集体光伏电站电费收入15000元（未形成盘点资产）",
                 "lines": [%s]}""".formatted(VILLAGE, period, lines.replace("\"workDays\": 60", "\"workDays\": 65"));
        String distribution = asset("village", VILLAGE).header("Idempotency-Key", UUID.randomUUID().toString()).body(lawful)
                .post("/api/v1/distributions").then().statusCode(201).body("status", equalTo("PROPOSED"))
                .body("recordedIncome", equalTo(15000.00f)).body("incomeDifference", equalTo(15000.00f))
                .extract().path("id");
        String dPath = "/api/v1/distributions/" + distribution;
        asset("township", TOWNSHIP).header("If-Match", etagOf(asset("township", TOWNSHIP), dPath))
                .body("{\"reason\": \"务工天数与考勤记录不符\"}").post(dPath + "/return").then().statusCode(200).body("status", equalTo("RETURNED"));
        asset("village", VILLAGE).header("If-Match", etagOf(asset("village", VILLAGE), dPath)).body("""
                {"reason": "按考勤记录更正务工天数", "income": 30000.00, "incomeDifferenceNote": "另有村集体光伏电站电费收入15000元（未形成盘点资产）",
                 "lines": [%s]}""".formatted(lines)).post(dPath + "/corrections").then().statusCode(200).body("versionNo", equalTo(2));
        asset("township", TOWNSHIP).header("If-Match", etagOf(asset("township", TOWNSHIP), dPath)).post(dPath + "/township-review")
                .then().statusCode(200).body("status", equalTo("TOWNSHIP_REVIEWED"));
        asset("county", COUNTY).header("If-Match", etagOf(asset("county", COUNTY), dPath)).post(dPath + "/approval")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        asset("village", VILLAGE).header("If-Match", etagOf(asset("village", VILLAGE), dPath)).post(dPath + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedVersionNo", equalTo(2))
                .body("targetAmount", equalTo(22000.00f)).body("workPayAmount", equalTo(18000.00f)).body("guaranteeAmount", equalTo(4000.00f))
                .body("permittedUseAmount", equalTo(8000.00f)).body("lines.size()", equalTo(4));
        asset("township", TOWNSHIP).get(dPath).then().statusCode(200)
                .body("lines.householdHead", hasItems("张建国", "李秀兰", "王富贵"));
        String posted = asset("village", VILLAGE).get("/api/v1/distributions/public?village=%s&period=%s".formatted(VILLAGE, period)).then()
                .statusCode(200).body("items[0].id", equalTo(distribution)).body("items[0].lines.householdHead", hasItems("张*国", "李*兰", "王*贵"))
                .extract().asString();
        assertThat(posted).doesNotContain("张建国").doesNotContain(able);
        asset("village", VILLAGE).get(dPath + "/versions").then().statusCode(200).body("versions.size()", equalTo(2))
                .body("versions[1].returnReason", equalTo("务工天数与考勤记录不符"));
        asset("village", OTHER_VILLAGE).get(dPath).then().statusCode(404);
        asset("county", COUNTY).get("/api/v1/distributions").then().statusCode(200).body("items.id", hasItem(distribution));

        // 17. evaluation-service: the county's evaluation for the year, computed from the events, published by a city user.
        String preview = "/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + COUNTY + "&fiscalYear=" + YEAR;
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                evaluation("city", CITY).get(preview).then().statusCode(200)
                        .body("indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.recordCount", equalTo(1))
                        .body("indicators.find { it.code == 'FUND_EXECUTION_RATE' }.hasData", equalTo(true))
                        .body("indicators.find { it.code == 'CONFIRMATION_COMPLETION' }.hasData", equalTo(true)));
        String request = "{\"subjectType\": \"COUNTY\", \"subjectId\": \"%s\", \"fiscalYear\": %d}".formatted(COUNTY, YEAR);
        evaluation("county", COUNTY).body(request).post("/api/v1/evaluations").then().statusCode(403);
        var created = evaluation("city", CITY).header("Idempotency-Key", UUID.randomUUID().toString()).body(request).post("/api/v1/evaluations");
        created.then().statusCode(201).body("status", equalTo("DRAFT")).body("versionNo", equalTo(1)).body("subjectName", equalTo("原阳县"));
        io.restassured.path.json.JsonPath draft = exact(created.asString());
        String evaluationId = draft.getString("id");
        // The evidence names the allocation the fund shares are computed from; the score can be redone by hand from it.
        assertThat(draft.getString("evidence.indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.numerator")).isNotNull();
        assertThat(dec(draft.get("evidence.indicators.find { it.code == 'INDUSTRY_FUND_SHARE' }.denominator")))
                .isEqualByComparingTo("1000000.00");
        assertThat(dec(draft.get("evidence.indicators.find { it.code == 'LEADING_INDUSTRY_SHARE' }.numerator")))
                .isEqualByComparingTo("1000000.00");
        assertThat(records(evaluationId, "INDUSTRY_FUND_SHARE")).extracting(r -> r.get("projectId")).containsExactly(id);
        java.math.BigDecimal score = dec(draft.get("score"));
        assertThat(recomputeByHand(draft)).isEqualByComparingTo(score);
        String grade = draft.getString("gradeLabel");
        // Fund flows and the asset register reached evaluation through events: expenditure 600 000 of 1 000 000.
        assertThat(dec(draft.get("evidence.indicators.find { it.code == 'FUND_EXECUTION_RATE' }.actual"))).isEqualByComparingTo("60.00");
        assertThat(draft.getString("evidence.indicators.find { it.code == 'CONFIRMATION_COMPLETION' }.hasData")).isEqualTo("true");
        // The grade follows the published bounds (优 ≥90, 良 ≥80, 中 ≥60, 差 below).
        String expectedGrade = score.compareTo(java.math.BigDecimal.valueOf(90)) >= 0 ? "优"
                : score.compareTo(java.math.BigDecimal.valueOf(80)) >= 0 ? "良"
                : score.compareTo(java.math.BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
        assertThat(grade).isEqualTo(expectedGrade);

        String evalPath = "/api/v1/evaluations/" + evaluationId;
        String evalTag = evaluation("city", CITY).get(evalPath).then().statusCode(200).extract().header("ETag");
        evaluation("city", CITY).header("If-Match", evalTag).post(evalPath + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));
        // Published: immutable.
        evaluation("city", CITY).header("If-Match", "*").post(evalPath + "/recompute").then().statusCode(409);
        // The county reads its own result; another county does not see it.
        evaluation("county", COUNTY).get(evalPath).then().statusCode(200).body("gradeLabel", equalTo(grade))
                .body("evidence.indicators.size()", equalTo(12)); // ten scored and the programmes' two (weight 0)
        evaluation("county", "410726000000").get(evalPath).then().statusCode(404);

        // 18. The county ranking for the year.
        evaluation("city", CITY).get("/api/v1/rankings/counties?fiscalYear=" + YEAR).then().statusCode(200)
                .body("rows[0].countyCode", equalTo(COUNTY)).body("rows[0].rank", equalTo(1))
                .body("tieBreakRule", org.hamcrest.Matchers.notNullValue());
        evaluation("county", COUNTY).get("/api/v1/rankings/counties?fiscalYear=" + YEAR).then().statusCode(200)
                .body("rows.size()", equalTo(1)).body("rows[0].countyCode", equalTo(COUNTY)).body("rows[0].rank", equalTo(1));

        // 19. One owner per policy number: a city user changes the benchmark rate once, at asset-service; the income flags there and
        // the evaluation's asset-return indicator both follow, with no other edit (evaluation learns it from agri.policy).
        int incomeYear = Integer.parseInt(first.substring(0, 4));
        String assetReturn = "indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }";
        String incomePreview = "/api/v1/evaluations/preview?subjectType=COUNTY&subjectId=" + COUNTY + "&fiscalYear=" + incomeYear;
        if (incomeYear != YEAR) {
            evaluation("city", CITY).body("{\"fromYear\": " + YEAR + "}").post("/api/v1/indicator-frameworks/" + incomeYear + "/copy").then().statusCode(201);
        }
        // 15000 in a half-year on 1 500 000 is 2% a year: above the seeded 1.5%
        asset("county", COUNTY).get("/api/v1/income/flags?period=" + first + "&size=200").then().statusCode(200)
                .body("benchmarkRate", equalTo(0.015f)).body("belowBenchmark.items.assetId", org.hamcrest.Matchers.not(hasItem(assetId[0])));
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> evaluation("city", CITY).get(incomePreview).then()
                .statusCode(200).body(assetReturn + ".numerator", equalTo(1)).body(assetReturn + ".recordCount", equalTo(1))
                .body("policies.find { it.key == 'asset.benchmark-rate' }.value", equalTo(0.015f)));
        asset("city", CITY).get("/api/v1/policy-parameters?year=" + incomeYear + "&key=asset.benchmark-rate").then().statusCode(200)
                .body("items[0].appliesFrom", equalTo(2020)).body("items[0].sourceDocument", containsString("新农字〔2024〕34号"));
        asset("county", COUNTY).body("{\"value\": 0.025, \"sourceDocument\": \"x\"}")
                .put("/api/v1/policy-parameters/asset.benchmark-rate/" + incomeYear).then().statusCode(403);
        asset("city", CITY).body("{\"value\": 0.025, \"sourceDocument\": \"新乡市农业农村局关于%d年资产收益基准利率的通知（系统测试）\"}".formatted(incomeYear))
                .put("/api/v1/policy-parameters/asset.benchmark-rate/" + incomeYear).then().statusCode(201).body("display", equalTo("2.5%"));
        asset("county", COUNTY).get("/api/v1/income/flags?period=" + first + "&size=200").then().statusCode(200)
                .body("benchmarkRate", equalTo(0.025f)).body("belowBenchmark.items.assetId", hasItem(assetId[0]));
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> evaluation("city", CITY).get(incomePreview).then()
                .statusCode(200).body(assetReturn + ".numerator", equalTo(0)).body(assetReturn + ".recordCount", equalTo(1))
                .body("policies.find { it.key == 'asset.benchmark-rate' }.value", equalTo(0.025f)));
        if (incomeYear == YEAR) {
            // the published evaluation read the old rate: marked stale, its content as published
            evaluation("city", CITY).get(evalPath).then().statusCode(200).body("staleSince", org.hamcrest.Matchers.notNullValue())
                    .body("status", equalTo("PUBLISHED")).body("score", equalTo(score.floatValue()));
        }

        // 20. Corrections instead of silence: the village corrects the income inventory at asset-service (a new version with its
        // reason); evaluation-service replaces its copy, marks the county's published evaluation stale with the correction, and its
        // recompute on request gives the next version with the changed asset-return indicator.
        String corrected = second.startsWith(first.substring(0, 4)) ? second : first; // the year's latest inventory counts
        String countyEval = incomeYear == YEAR ? evaluationId : evaluation("city", CITY).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"subjectType\": \"COUNTY\", \"subjectId\": \"%s\", \"fiscalYear\": %d}".formatted(COUNTY, incomeYear))
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id");
        // bring the county's published result up to date first (the rate change of step 19), so only the correction differs
        String current = publishedUpToDate(countyEval);
        // its counted inventory was compared with the new rate
        assertThat(dec(records(current, "ASSET_RETURN_BENCHMARK").get(0).get("benchmarkRate"))).isEqualByComparingTo("0.025");
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> evaluation("city", CITY).get(incomePreview).then()
                .statusCode(200).body(assetReturn + ".numerator", equalTo(0)));
        String incomePath = path + "/income/" + corrected;
        asset("village", VILLAGE).header("If-Match", etagOf(asset("village", VILLAGE), incomePath))
                .body("{\"income\": 20000.00, \"reason\": \"漏记租金5000元，按租赁合同和银行回单更正\"}").post(incomePath + "/corrections")
                .then().statusCode(200).body("versionNo", equalTo(2)).body("belowBenchmark", equalTo(false));
        asset("auditor", CITY).get(incomePath + "/versions").then().statusCode(200).body("versions.content.income", contains(15000.00f, 20000.00f));
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> evaluation("city", CITY)
                .get("/api/v1/evaluations/" + current).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("staleReason", containsString("observed_asset_income")).body("staleReason", containsString("漏记租金5000元")));
        String next = evaluation("city", CITY).post("/api/v1/evaluations/" + current + "/verification").then().statusCode(200)
                .body("unchanged", equalTo(false)).body("differences.item", hasItem("ASSET_RETURN_BENCHMARK.numerator"))
                .extract().path("newVersionId");
        evaluation("city", CITY).header("If-Match", "*").post("/api/v1/evaluations/" + next + "/publish").then().statusCode(200);
        evaluation("county", COUNTY).get("/api/v1/evaluations/" + next).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("evidence.indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.numerator", equalTo(1));
        evaluation("county", COUNTY).get("/api/v1/evaluations/" + current).then().body("status", equalTo("SUPERSEDED"))
                .body("evidence.indicators.find { it.code == 'ASSET_RETURN_BENCHMARK' }.numerator", equalTo(0));

        System.out.printf("whole chain (without start-up) took %d s%n", Duration.ofNanos(System.nanoTime() - began).toSeconds());
    }

    static String etagOf(RequestSpecification as, String path) {
        return as.get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The county's evaluation brought up to date: a stale published one is verified and its next version published. */
    static String publishedUpToDate(String evaluationId) {
        String status = evaluation("city", CITY).get("/api/v1/evaluations/" + evaluationId).then().statusCode(200).extract().path("status");
        if (!"PUBLISHED".equals(status)) {
            evaluation("city", CITY).header("If-Match", "*").post("/api/v1/evaluations/" + evaluationId + "/publish").then().statusCode(200);
            return evaluationId;
        }
        String next = evaluation("city", CITY).post("/api/v1/evaluations/" + evaluationId + "/verification").then().statusCode(200)
                .extract().path("newVersionId");
        if (next == null) {
            return evaluationId;
        }
        evaluation("city", CITY).header("If-Match", "*").post("/api/v1/evaluations/" + next + "/publish").then().statusCode(200);
        return next;
    }

    /**
     * The foundation's thread, in another county so it touches nothing of the chain above: a village's
     * draft in project-service becomes an event that evaluation-service (another process, its own database)
     * consumes and shows, and a sibling village sees neither the project nor evaluation's copy of it.
     */
    @Test
    void aDraftFollowsTheEventIntoEvaluation() {
        String village = suite.bearer("village", "410726901201");
        String id = given().baseUri(suite.url("project-service")).header("Authorization", village).contentType(ContentType.JSON)
                .body("""
                        {"name": "东屯一村高油花生订单收购", "fiscalYear": 2025, "regionCode": "410726901201", "industryCategory": "SPECIALTY_FARMING"}
                        """)
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");

        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(suite.url("evaluation-service")).header("Authorization", suite.bearer("county", "410726000000"))
                        .get("/api/v1/observed-projects/" + id)
                        .then().statusCode(200).body("name", equalTo("东屯一村高油花生订单收购")).body("eventsApplied", equalTo(1)));

        String otherVillage = suite.bearer("village", "410726901202");
        given().baseUri(suite.url("project-service")).header("Authorization", otherVillage).get("/api/v1/projects/" + id)
                .then().statusCode(404);
        given().baseUri(suite.url("evaluation-service")).header("Authorization", otherVillage).get("/api/v1/observed-projects/" + id)
                .then().statusCode(404);
    }

    /** The packaged asset-service (prod profile) does not start without its custody anchor key. */
    @Test
    void assetServiceRefusesToStartWithoutItsCustodyAnchorKey() throws Exception {
        java.nio.file.Path log = suite.logs().resolve("asset-service-without-key.log");
        java.nio.file.Files.deleteIfExists(log);
        // its own database, and no broker, so it cannot disturb the running suite's consumer group
        Map<String, String> changes = new java.util.HashMap<>();
        changes.put("AGRI_CUSTODY_ANCHOR_KEY", null);
        changes.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");
        try (var process = suite.startExtra("asset-service", "asset_without_key", changes, log)) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> !process.isAlive());
        }
        assertThat(java.nio.file.Files.readString(log)).contains("AGRI_CUSTODY_ANCHOR_KEY").contains("does not start without it");
    }
}
