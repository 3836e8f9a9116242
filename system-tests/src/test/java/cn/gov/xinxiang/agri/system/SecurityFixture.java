package cn.gov.xinxiang.agri.system;

import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import cn.gov.xinxiang.agri.testing.SuiteInfrastructureResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records owned by one village (城关一村, 410725901201) and its county (原阳县), made through the public APIs
 * as a village, township, county and city would: a project taken through the library with an objection to
 * its notice, a plan and an allocation with disbursement and expenditure, acceptance forming an asset,
 * households, the asset's confirmation, custody, a pending handover, an income inventory, a distribution and
 * a disposal; a county evaluation, an appraisal round with a score sheet; a region upload and a dead letter in
 * every service. {@link #markers} are strings only the owner's side may ever see (ids, a unique name, odd amounts).
 */
final class SecurityFixture {

    static final int YEAR = 2026;
    static final String CITY = "410700000000";
    static final String COUNTY = "410725000000";
    static final String TOWNSHIP = "410725901000";
    static final String VILLAGE = "410725901201";
    /** Another village of the same township, and another county. */
    static final String SIBLING_VILLAGE = "410725901202";
    static final String SIBLING_COUNTY = "410726000000";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Duration PROPAGATION = Duration.ofSeconds(90);
    static final String JUDGE = "judge-security";

    final RunningSuite suite;
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String projectName = "安全矩阵样例项目" + tag;
    /** Ids and values only the owner's side may see. */
    final Set<String> markers = new LinkedHashSet<>();

    String project;
    String objection;
    String plan;
    String allocation;
    String asset;
    String handover;
    String period;
    String distribution;
    String projectHousehold;
    String evaluation;
    String appraisal;
    String sheet;
    String upload;
    String indicatorCode;
    /** An operating entity registered in the village (its credit code) and a consortium of the county (its id). */
    String entity;
    String consortium;
    /** Issue 14's other programmes: a county training, a certificate of a village household, a craftsman, an envoy, a designation. */
    String training;
    String certificate;
    String craftsman;
    String envoy;
    String designation;
    final Map<String, String> deadLetter = new HashMap<>();
    final Map<String, String> policyKey = new HashMap<>();
    final Map<String, String> policyFromYear = new HashMap<>();
    final Map<String, String> codeList = new HashMap<>();
    final Map<String, String> importKind = new HashMap<>();
    final Map<String, String> importJob = new HashMap<>();

    SecurityFixture(RunningSuite suite) {
        this.suite = suite;
    }

    RequestSpecification as(String service, String role, String region) {
        return given().baseUri(suite.url(service)).header("Authorization", suite.bearer(role, region)).contentType(ContentType.JSON);
    }

    private static String ok(Response r, int status, String step) {
        assertThat(r.statusCode()).as("fixture: " + step + " → " + r.asString()).isEqualTo(status);
        return r.asString();
    }

    private String mark(String value) {
        markers.add(value);
        return value;
    }

    void advanceClock(String service, int days) {
        ok(as(service, "city", CITY).post("/api/v1/test-clock/advance?days=" + days), 200, "clock " + service);
    }

    SecurityFixture build() {
        long began = System.nanoTime();
        projectSide();
        programmesSide();
        fundingSide();
        acceptance();
        households();
        talentSide();
        assetSide();
        evaluationSide();
        operatorSide();
        System.out.printf("[security] fixture built in %d s; %d markers%n", Duration.ofNanos(System.nanoTime() - began).toSeconds(), markers.size());
        return this;
    }

    private static String mechanism(String type) {
        return """
                {"type": "%s", "plannedPovertyAlleviated": 30, "plannedMonitored": 5, "plannedOther": 10,
                 "expectedIncomePerHousehold": 6000.00, "description": "联农带农"}""".formatted(type);
    }

    private void projectSide() {
        String draft = """
                {"name": "%s", "fiscalYear": %d, "regionCode": "%s", "industryCategory": "SPECIALTY_FARMING",
                 "description": "安全测试：只有城关一村及其上级可见",
                 "investment": {"linkageFunds": 1200000.00, "otherFiscal": 300000.00, "selfRaised": 400000.00, "credit": 100000.00, "total": 2000000.00},
                 "participants": [
                   {"role": "LEADING_ENTERPRISE", "entityType": "LEADING_ENTERPRISE", "name": "原阳县某某食品有限公司", "creditCode": "91410725MA9F5LJX21"},
                   {"role": "FARMING_HOUSEHOLDS", "entityType": "FARMING_HOUSEHOLDS", "name": "城关一村脱贫户"}],
                 "mechanisms": [%s, %s],
                 "performanceTargets": [{"indicator": "带动脱贫户增收", "value": "≥3000", "unit": "元/户/年"}]}
                """.formatted(projectName, YEAR, VILLAGE, mechanism("EMPLOYMENT"), mechanism("EQUITY_DIVIDEND"));
        mark(projectName);
        ok(as("project-service", "county", COUNTY).body("{\"industries\": [{\"code\": \"PREPARED_MEALS\", \"name\": \"预制菜\"}, {\"code\": \"MUTTON\", \"name\": \"肉羊养殖\"}]}")
                .put("/api/v1/leading-industries/" + COUNTY + "/" + YEAR), 200, "leading industries");
        project = mark(as("project-service", "village", VILLAGE).body(draft).post("/api/v1/projects").then().statusCode(201).extract().path("id"));
        String base = "/api/v1/projects/" + project;
        ok(as("project-service", "village", VILLAGE).post(base + "/submission"), 200, "submission");
        ok(as("project-service", "township", TOWNSHIP).body("{\"note\": \"同意上报\"}").post(base + "/township-review"), 200, "township review");
        ok(as("project-service", "county", COUNTY).body(WholeChainSystemTest.FOUR_CHECKS).post(base + "/county-review"), 200, "county review");
        ok(as("project-service", "county", COUNTY).post(base + "/notice"), 200, "notice");
        objection = mark(as("project-service", "county", COUNTY).body("{\"raisedBy\": \"城关一村村民张某\", \"content\": \"对土地流转价格有异议\"}")
                .post(base + "/objections").then().statusCode(201).extract().path("id"));
        ok(as("project-service", "county", COUNTY).body("{\"resolution\": \"经核实，异议不成立\", \"upheld\": false}")
                .post(base + "/objections/" + objection + "/resolution"), 200, "objection resolved");
        advanceClock("project-service", 11);
        ok(as("project-service", "county", COUNTY).post(base + "/admission"), 200, "admission");
    }

    /** The 18th character of a unified social credit code (GB 32100-2015) for its first 17. */
    static String creditCode(String first17) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(first17.charAt(i)) * weights[i];
        }
        int c = 31 - sum % 31;
        return first17 + alphabet.charAt(c == 31 ? 0 : c);
    }

    /** A family farm registered by the village, and the county's consortium it is a member of (led by a county enterprise). */
    private void programmesSide() {
        // the tag is hex: its capitals are all in the code's alphabet
        String farmName = mark("城关一村安全矩阵家庭农场" + tag);
        entity = mark(creditCode("92410725" + tag.toUpperCase() + "F"));
        ok(as("project-service", "village", VILLAGE).body("""
                {"creditCode": "%s", "name": "%s", "kind": "FAMILY_FARM", "regionCode": "%s"}""".formatted(entity, farmName, VILLAGE))
                .post("/api/v1/entities"), 201, "entity");
        String lead = creditCode("91410725" + tag.toUpperCase() + "L");
        ok(as("project-service", "county", COUNTY).body("""
                {"creditCode": "%s", "name": "原阳县安全矩阵食品有限公司%s", "kind": "LEADING_ENTERPRISE", "level": "CITY", "regionCode": "%s"}"""
                .formatted(lead, tag, COUNTY)).post("/api/v1/entities"), 201, "lead enterprise");
        String name = mark("原阳县安全矩阵联合体" + tag);
        consortium = mark(as("project-service", "county", COUNTY).body("""
                {"name": "%s", "countyCode": "%s", "year": %d, "leadingIndustryCode": "MUTTON", "leadEnterpriseCreditCode": "%s",
                 "members": [{"creditCode": "%s", "role": "BASE"}], "employedHouseholds": 321,
                 "links": [{"kind": "CONTRACT_FARMING", "product": "肉羊", "quantity": 4321, "unit": "只"}]}"""
                .formatted(name, COUNTY, YEAR, lead, entity)).post("/api/v1/consortia").then().statusCode(201).extract().path("id"));
        ok(as("project-service", "village", VILLAGE).body("{\"creditCode\": \"%s\", \"role\": \"OPERATOR\"}".formatted(entity))
                .post("/api/v1/projects/" + project + "/entities"), 201, "project entity");
    }

    private void fundingSide() {
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as("funding-service", "city", CITY).get("/api/v1/library-projects/" + project).then().statusCode(200));
        // the plan is the city's, read by every county (funding-service README): not a marker
        plan = (as("funding-service", "city", CITY).body("""
                        {"fiscalYear": %d,
                         "sources": {"central": 4321987.65, "provincial": 0, "city": 0, "county": 0},
                         "uses": {"industryDevelopment": 3321987.65, "leadingIndustry": 2000000.00, "infrastructure": 1000000.00, "employment": 0, "other": 0},
                         "countyShares": [{"countyCode": "%s", "amount": 4321987.65}]}
                        """.formatted(YEAR, COUNTY))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id"));
        String planTag = as("funding-service", "city", CITY).get("/api/v1/plans/" + plan).then().statusCode(200).extract().header("ETag");
        ok(as("funding-service", "city", CITY).header("If-Match", planTag).body("{}").post("/api/v1/plans/" + plan + "/publication"), 200, "publication");
        allocation = mark(as("funding-service", "county", COUNTY).body("""
                        {"projectId": "%s", "use": "INDUSTRY_DEVELOPMENT", "purposeCode": "PRODUCTION_FACILITIES", "amount": 987654.32}
                        """.formatted(project))
                .post("/api/v1/plans/" + plan + "/allocations").then().statusCode(201).extract().path("id"));
        String today = LocalDate.now(ZONE).toString();
        mark(as("funding-service", "county", COUNTY).body("{\"amount\": 765432.19, \"disbursedOn\": \"%s\", \"voucherNo\": \"原财拨〔%d〕%s号\"}"
                        .formatted(today, YEAR, tag))
                .post("/api/v1/allocations/" + allocation + "/disbursements").then().statusCode(201).extract().path("id"));
        mark("765432.19");
        mark(as("funding-service", "village", VILLAGE).body("{\"amount\": 543219.87, \"spentOn\": \"%s\", \"description\": \"羊舍建设工程款\"}".formatted(today))
                .post("/api/v1/allocations/" + allocation + "/expenditures").then().statusCode(201).extract().path("id"));
        mark("543219.87");
    }

    private void acceptance() {
        String base = "/api/v1/projects/" + project;
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as("project-service", "county", COUNTY).get(base).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("IN_PROGRESS")));
        ok(as("project-service", "village", VILLAGE).body("""
                        {"mechanisms": [
                          {"type": "EMPLOYMENT", "linkedPovertyAlleviated": 28, "linkedMonitored": 4, "linkedOther": 6, "incomeReceived": 168000.00},
                          {"type": "EQUITY_DIVIDEND", "linkedPovertyAlleviated": 30, "linkedMonitored": 5, "linkedOther": 0, "incomeReceived": 60000.00}]}""")
                .put(base + "/results/" + YEAR), 200, "results");
        String startedAt = as("project-service", "county", COUNTY).get(base).then().statusCode(200).extract().path("startedAt");
        LocalDate startedOn = LocalDate.ofInstant(Instant.parse(startedAt), ZONE);
        ok(as("project-service", "county", COUNTY).body("{\"completedOn\": \"" + startedOn + "\"}").post(base + "/completion"), 200, "completion");
        ok(as("project-service", "county", COUNTY).body("""
                        {"assets": [{"assetRef": "SEC-%s", "name": "安全矩阵羊舍%s", "assetClass": "OPERATING", "value": 1500000.00, "locationRegionCode": "%s"}]}"""
                        .formatted(tag, tag, VILLAGE))
                .post(base + "/acceptance"), 200, "acceptance");
    }

    List<String> assetHouseholds = new ArrayList<>();

    private void households() {
        String prefix = "SEC" + tag;
        mark(prefix);
        ok(as("project-service", "county", COUNTY).body("{\"households\": [" + String.join(",",
                        WholeChainSystemTest.household(prefix + "-1", "张建国", "POVERTY_ALLEVIATED", true, 1),
                        WholeChainSystemTest.household(prefix + "-2", "李秀兰", "POVERTY_ALLEVIATED", false, 2),
                        WholeChainSystemTest.household(prefix + "-3", "王富贵", "MONITORED", true, 3)) + "]}")
                .post("/api/v1/households/bulk-upsert"), 200, "households");
        List<Map<String, Object>> mine = as("project-service", "county", COUNTY).get("/api/v1/households?villageCode=" + VILLAGE + "&size=200")
                .then().statusCode(200).extract().path("items");
        projectHousehold = mark(mine.stream().filter(h -> String.valueOf(h.get("nationalHouseholdNo")).startsWith(prefix))
                .map(h -> (String) h.get("id")).findFirst().orElseThrow());
    }

    /** The county's training, certificate, craftsman, envoy and demonstration village, each in the owner's village or county. */
    private void talentSide() {
        // a training is shown to everyone in its county (project-service README): shared, so its name is no marker
        training = as("project-service", "county", COUNTY).body("""
                {"name": "安全矩阵技能培训班%s", "countyCode": "%s", "year": %d, "organiser": "原阳县人力资源和社会保障局"}"""
                .formatted(tag, COUNTY, YEAR)).post("/api/v1/skills/trainings").then().statusCode(201).extract().path("id");
        certificate = mark(as("project-service", "county", COUNTY).body("""
                {"nationalHouseholdNo": "SEC%s-1", "personName": "安全矩阵持证人%s", "idNumber": "410725********0017", "kind": "SKILL_LEVEL",
                 "level": "LEVEL_5", "issuer": "原阳县人力资源和社会保障局", "certificateNo": "SEC-%s", "issuedOn": "%d-05-20", "trainingId": "%s"}"""
                .formatted(tag, tag, tag, YEAR, training)).post("/api/v1/skills/certificates").then().statusCode(201).extract().path("id"));
        mark("安全矩阵持证人" + tag);
        craftsman = mark(as("project-service", "county", COUNTY).body("""
                {"name": "安全矩阵工匠%s", "level": "CITY", "craft": "手工布艺", "regionCode": "%s", "industry": "特色手工", "householdsEmployed": 7,
                 "yearRecognised": %d}""".formatted(tag, VILLAGE, YEAR)).post("/api/v1/craftsmen").then().statusCode(201).extract().path("id"));
        mark("安全矩阵工匠" + tag);
        // an envoy is the county's, shown to its townships and villages (shared); of its links and services a village sees only its own
        envoy = as("project-service", "county", COUNTY).body("""
                {"name": "安全矩阵特派员%s", "organisation": "河南科技学院", "speciality": "肉羊养殖", "countyCode": "%s", "year": %d,
                 "projectIds": ["%s"], "villageCodes": ["%s"]}""".formatted(tag, COUNTY, YEAR, project, VILLAGE))
                .post("/api/v1/envoys").then().statusCode(201).extract().path("id");
        ok(as("project-service", "county", COUNTY).body("""
                {"servedOn": "%d-04-18", "topic": "%s", "householdsReached": 9, "villageCode": "%s"}""".formatted(YEAR, mark("安全矩阵技术指导" + tag), VILLAGE))
                .post("/api/v1/envoys/" + envoy + "/services"), 201, "envoy service");
        designation = mark(as("project-service", "county", COUNTY).body("""
                {"villageCode": "%s", "kind": "OTHER", "issuingLevel": "COUNTY", "yearDesignated": %d, "projectIds": []}""".formatted(VILLAGE, YEAR))
                .post("/api/v1/demonstration-villages").then().statusCode(201).extract().path("id"));
    }

    private void assetSide() {
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<String> ids = as("asset-service", "county", COUNTY).get("/api/v1/assets?sourceProjectId=" + project).then().statusCode(200)
                    .extract().path("items.id");
            assertThat(ids).hasSize(1);
            asset = ids.get(0);
        });
        mark(asset);
        String path = "/api/v1/assets/" + asset;
        String etag = as("asset-service", "county", COUNTY).get(path).then().statusCode(200).extract().header("ETag");
        ok(as("asset-service", "county", COUNTY).header("If-Match", etag)
                .body("{\"ownerType\": \"VILLAGE_COLLECTIVE\", \"ownerName\": \"城关一村股份经济合作社\", \"ownershipNature\": \"COLLECTIVE\"}")
                .post(path + "/confirmation"), 200, "confirmation");
        String assign = "{\"unitName\": \"%s\", \"personName\": \"%s\"}";
        ok(as("asset-service", "city", CITY).body(assign.formatted("新乡市农业农村局", "张三")).put(path + "/custody/CITY"), 201, "custody city");
        ok(as("asset-service", "county", COUNTY).body(assign.formatted("原阳县农业农村局", "李四")).put(path + "/custody/COUNTY"), 201, "custody county");
        ok(as("asset-service", "township", TOWNSHIP).body(assign.formatted("城关镇人民政府", "王五")).put(path + "/custody/TOWNSHIP"), 201, "custody township");
        ok(as("asset-service", "village", VILLAGE).body(assign.formatted("城关一村村民委员会", "赵六")).put(path + "/custody/VILLAGE"), 201, "custody village");
        handover = mark(as("asset-service", "village", VILLAGE).body("""
                        {"tier": "VILLAGE", "toUnit": "城关一村股份经济合作社", "toPerson": "王秀英", "toSubject": "village-%s-wangxiuying", "note": "村两委换届"}"""
                        .formatted(VILLAGE))
                .post(path + "/custody/handovers").then().statusCode(201).extract().path("id"));
        // An inventory and a distribution are only possible for an ended half-year after the asset went into service.
        LocalDate inService = LocalDate.parse(as("asset-service", "village", VILLAGE).get(path).then().extract().<String>path("inServiceOn"));
        LocalDate firstEnds = inService.getMonthValue() <= 6 ? LocalDate.of(inService.getYear(), 6, 30) : LocalDate.of(inService.getYear(), 12, 31);
        int days = (int) ChronoUnit.DAYS.between(LocalDate.now(ZONE), firstEnds) + 3;
        if (days > 0) {
            advanceClock("asset-service", days);
        }
        period = inService.getYear() + (inService.getMonthValue() <= 6 ? "H1" : "H2");
        ok(as("asset-service", "village", VILLAGE).body("{\"period\": \"%s\", \"income\": 31234.56, \"note\": \"租金到账\"}".formatted(period))
                .post(path + "/income"), 201, "income");
        mark("31234.56");
        Map<String, String> byHead = new HashMap<>();
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> items = as("asset-service", "village", VILLAGE).get("/api/v1/households?size=200").then().statusCode(200)
                    .extract().path("items");
            items.stream().filter(h -> String.valueOf(h.get("nationalHouseholdNo")).startsWith("SEC" + tag))
                    .forEach(h -> byHead.put((String) h.get("headName"), (String) h.get("id")));
            assertThat(byHead).hasSize(3);
        });
        byHead.values().forEach(this::mark);
        String lawful = """
                {"villageCode": "%s", "period": "%s", "income": 30000.00, "incomeDifferenceNote": "1234.56元留作设施维护费，经村民代表会议决定", "lines": [%s]}""".formatted(VILLAGE, period, String.join(",",
                WholeChainSystemTest.work(byHead.get("张建国"), "12000.00"), WholeChainSystemTest.work(byHead.get("王富贵"), "6000.00"),
                WholeChainSystemTest.guarantee(byHead.get("李秀兰"), "4000.00"), WholeChainSystemTest.use("COLLECTIVE_REINVESTMENT", "8000.00")));
        distribution = mark(as("asset-service", "village", VILLAGE).body(lawful).post("/api/v1/distributions").then().statusCode(201).extract().path("id"));
        // only an asset placed in the adjust batch (调整一批) is disposed
        ok(as("asset-service", "county", COUNTY).header("If-Match", "*").body("{\"batch\": \"ADJUST\", \"measures\": \"转让\", \"reasons\": \"安全测试\"}")
                .post(path + "/batch/decisions"), 201, "batch decision");
        String disposalTag = as("asset-service", "county", COUNTY).get(path).then().statusCode(200).extract().header("ETag");
        Response disposal = as("asset-service", "county", COUNTY).header("If-Match", disposalTag).body("""
                {"method": "TRANSFER", "reason": "安全测试：转让", "decisionBody": "城关一村村民代表大会", "decisionRef": "城关一村〔2026〕%s号",
                 "decidedOn": "%s", "proceeds": 180000.00}""".formatted(tag, LocalDate.now(ZONE))).post(path + "/disposal");
        System.out.printf("[security] fixture: disposal of the asset → %d %s%n", disposal.statusCode(), disposal.statusCode() >= 300 ? disposal.asString() : "");
    }

    private void evaluationSide() {
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as("evaluation-service", "city", CITY).get("/api/v1/observed-projects/" + project).then().statusCode(200)
                        .body("status", org.hamcrest.Matchers.equalTo("ACCEPTED")));
        evaluation = mark(as("evaluation-service", "city", CITY)
                .body("{\"subjectType\": \"COUNTY\", \"subjectId\": \"%s\", \"fiscalYear\": %d}".formatted(COUNTY, YEAR))
                .post("/api/v1/evaluations").then().statusCode(201).extract().path("id"));
        appraisal = as("evaluation-service", "city", CITY).body("""
                        {"fiscalYear": %d, "name": "安全矩阵观摩评比%s", "criteria": [{"code": "LINKAGE", "name": "联农带农成效", "maxScore": 40}],
                         "judges": [{"judgeId": "%s", "name": "安全评委"}], "projects": ["%s"]}""".formatted(YEAR, tag, JUDGE, project))
                .post("/api/v1/appraisals").then().statusCode(201).extract().path("id");
        sheet = mark(given().baseUri(suite.url("evaluation-service")).header("Authorization", suite.bearerFor(JUDGE, "judge", CITY))
                .contentType(ContentType.JSON)
                .body("{\"projectId\": \"%s\", \"scores\": {\"LINKAGE\": 37}}".formatted(project))
                .post("/api/v1/appraisals/" + appraisal + "/scores").then().statusCode(201).extract().path("id"));
        indicatorCode = as("evaluation-service", "city", CITY).get("/api/v1/indicator-frameworks/" + YEAR).then().statusCode(200)
                .extract().path("indicators[0].code");
    }

    private void operatorSide() {
        upload = as("project-service", "city", CITY).contentType("text/csv; charset=UTF-8")
                .body("code,name\n410700000000,新乡市\n").post("/api/v1/regions/uploads?fileName=security.csv")
                .then().statusCode(201).extract().path("id");
        // A record no consumer can read becomes a dead letter in each consumer of the topic.
        System.setProperty(SuiteInfrastructureResource.KAFKA_BOOTSTRAP, suite.kafka().bootstrapServers());
        KafkaTestClient.send("agri.project", "security-" + tag, "{\"not\": \"a cloud event\"}");
        KafkaTestClient.send("agri.funding", "security-" + tag, "{\"not\": \"a cloud event\"}");
        for (String service : List.of("project-service", "asset-service", "funding-service", "evaluation-service")) {
            imports(service);
            await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                List<Object> ids = as(service, "city", CITY).get("/api/v1/operations/dead-letters").then().statusCode(200).extract().path("items.id");
                assertThat(ids).as(service + " dead letters").isNotEmpty();
                deadLetter.put(service, String.valueOf(ids.get(0)));
            });
            Response codes = as(service, "village", VILLAGE).get("/api/v1/code-lists");
            if (codes.statusCode() == 200 && !codes.jsonPath().getList("name").isEmpty()) {
                codeList.put(service, String.valueOf(codes.jsonPath().getList("name").get(0)));
            }
            Response list = as(service, "city", CITY).get("/api/v1/policy-parameters");
            List<Map<String, Object>> params = list.statusCode() == 200 ? list.path("items") : List.of();
            if (!params.isEmpty()) {
                policyKey.put(service, String.valueOf(params.get(0).get("key")));
                policyFromYear.put(service, String.valueOf(params.get(0).get("appliesFrom")));
            }
        }
    }

    /**
     * An import job of the owner's county in each service that offers an import kind. A service that offers none has
     * no job at all, so any job id is nobody's there and its kind is one no caller can use.
     */
    private void imports(String service) {
        Response offered = as(service, "county", COUNTY).get("/api/v1/imports/kinds");
        List<String> kinds = offered.statusCode() == 404 ? List.of() : offered.then().statusCode(200).extract().path("kind");
        if (kinds.isEmpty()) {
            importKind.put(service, "no-such-kind");
            importJob.put(service, java.util.UUID.randomUUID().toString());
            return;
        }
        importKind.put(service, kinds.get(0));
        // the template itself: a workbook without data rows, which makes a job of the county's (or, for a kind only the
        // city imports, the city's: a county sees it no more than its sibling does)
        byte[] template = as(service, "county", COUNTY).get("/api/v1/imports/" + kinds.get(0) + "/template").then().statusCode(200)
                .extract().asByteArray();
        Response job = null;
        for (String[] importer : new String[][]{{"county", COUNTY}, {"city", CITY}}) {
            job = as(service, importer[0], importer[1]).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .body(template).post("/api/v1/imports/" + kinds.get(0) + "?fileName=security-" + tag + ".xlsx");
            if (job.statusCode() != 403) {
                break;
            }
        }
        ok(job, 202, service + " import job");
        importJob.put(service, mark(job.path("id")));
    }
}
