package cn.gov.xinxiang.agri.project.intake;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.TestClock;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The "done when": village to library through township and county, returned once, to accepted. */
@QuarkusTest
class IntakeJourneyTest {

    @Inject
    TestClock clock;

    final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    String etag(String id) {
        return given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/projects/" + id).then().statusCode(200)
                .extract().header("ETag");
    }

    @Test
    void aVillageProjectGoesIntoTheLibraryAndOnToAcceptance() throws Exception {
        // The county names its leading industries; the project links to one of them.
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON)
                .body("{\"industries\": [{\"code\": \"PREPARED_MEALS\", \"name\": \"预制菜\"}, {\"code\": \"MUTTON\", \"name\": \"肉羊养殖\"}]}")
                .put("/api/v1/leading-industries/" + COUNTY + "/2025").then().statusCode(200).body("code", hasItem("MUTTON"));

        String id = given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body(fullDraft("城关一村肉羊养殖扶贫车间（全流程）", VILLAGE, "MUTTON", mechanism("EMPLOYMENT") + "," + mechanism("EQUITY_DIVIDEND"), "2000000.00"))
                .post("/api/v1/projects").then().statusCode(201)
                .body("leadingIndustryCode", equalTo("MUTTON"))
                .body("investment.total", equalTo(2000000.00f))
                .body("participants[0].creditCode", equalTo(ENTERPRISE_CODE))
                .body("mechanisms.type", hasItem("EQUITY_DIVIDEND"))
                .body("mechanisms[0].typeLabel", equalTo("就业务工"))
                .extract().path("id");
        String base = "/api/v1/projects/" + id;

        // 1. village submits
        post("village", VILLAGE, base + "/submission", null).statusCode(200).body("status", equalTo("SUBMITTED"));
        // submitted content is locked for the village
        given().header("Authorization", bearer("village", VILLAGE)).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body(fullDraft("改名", VILLAGE)).put(base).then().statusCode(409).body("type", equalTo("urn:agri:problem:not-editable"));
        // wrong tier, wrong region
        post("village", VILLAGE, base + "/township-review", "{}").statusCode(403);
        post("county", COUNTY, base + "/township-review", "{}").statusCode(403);
        post("township", OTHER_TOWNSHIP, base + "/township-review", "{}").statusCode(404);
        post("auditor", CITY, base + "/return", "{\"reason\": \"x\"}").statusCode(403);

        // 2. township returns it with reasons; a return without reasons is refused
        post("township", TOWNSHIP, base + "/return", "{\"reason\": \"\"}").statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        post("township", TOWNSHIP, base + "/return", "{\"reason\": \"请补充入股分红协议\"}").statusCode(200)
                .body("status", equalTo("DRAFT"));

        // 3. the village edits (If-Match required and checked) and resubmits
        String stale = "\"0\"";
        given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body(fullDraft("城关一村肉羊养殖扶贫车间（全流程）", VILLAGE)).put(base).then().statusCode(428);
        given().header("Authorization", bearer("village", VILLAGE)).header("If-Match", stale).contentType(ContentType.JSON)
                .body(fullDraft("城关一村肉羊养殖扶贫车间（全流程）", VILLAGE)).put(base).then().statusCode(412)
                .body("type", equalTo("urn:agri:problem:stale-write"));
        String before = etag(id);
        String after = given().header("Authorization", bearer("village", VILLAGE)).header("If-Match", before).contentType(ContentType.JSON)
                .body(fullDraft("城关一村肉羊养殖扶贫车间（全流程）", VILLAGE, "MUTTON",
                        mechanism("EMPLOYMENT") + "," + mechanism("EQUITY_DIVIDEND") + "," + mechanism("ORDER_PURCHASING"), "2000000.00"))
                .put(base).then().statusCode(200).body("mechanisms.size()", equalTo(3)).extract().header("ETag");
        assertThat(after).isNotEqualTo(before);
        post("village", VILLAGE, base + "/submission", null).statusCode(200).body("status", equalTo("SUBMITTED"));

        // 4. township approves, the county reviews with its four checks
        post("township", TOWNSHIP, base + "/township-review", "{\"note\": \"同意上报\"}").statusCode(200)
                .body("status", equalTo("TOWNSHIP_REVIEWED"));
        post("county", COUNTY, base + "/county-review",
                "{\"checks\": [{\"check\": \"BENEFITS\", \"passed\": true, \"evidence\": \"收益测算\"}]}").statusCode(400)
                .body("errors.message", hasItem(containsString("INTEREST_LINKAGE")));
        post("county", COUNTY, base + "/county-review", ALL_CHECKS.replaceFirst("\"passed\": true", "\"passed\": false")).statusCode(422)
                .body("type", equalTo("urn:agri:problem:review-check-failed"));
        post("county", OTHER_COUNTY, base + "/county-review", ALL_CHECKS).statusCode(404);
        post("county", COUNTY, base + "/county-review", ALL_CHECKS).statusCode(200)
                .body("status", equalTo("COUNTY_APPROVED"))
                .body("reviewChecks.size()", equalTo(4))
                .body("reviewChecks[1].checkLabel", equalTo("利益联结"));

        // 5. public notice: at least 10 days (param), objections recorded and resolved
        post("county", COUNTY, base + "/admission", null).statusCode(409);
        String endsOn = post("county", COUNTY, base + "/notice", null).statusCode(200).body("status", equalTo("IN_NOTICE"))
                .extract().path("noticeEndsOn");
        String noticeStartedOn = given().header("Authorization", bearer("county", COUNTY)).get(base).then().extract().path("noticeStartedOn");
        assertThat(LocalDate.parse(endsOn)).isEqualTo(LocalDate.parse(noticeStartedOn).plusDays(10));
        String objection = post("county", COUNTY, base + "/objections", "{\"raisedBy\": \"村民张某\", \"content\": \"对流转价格有异议\"}")
                .statusCode(201).extract().path("id");
        post("village", VILLAGE, base + "/objections", "{\"raisedBy\": \"x\", \"content\": \"y\"}").statusCode(403);

        clock.advance(Duration.ofDays(9));
        post("county", COUNTY, base + "/admission", null).statusCode(422).body("type", equalTo("urn:agri:problem:notice-not-over"));
        clock.advance(Duration.ofDays(1));
        post("county", COUNTY, base + "/admission", null).statusCode(422).body("type", equalTo("urn:agri:problem:objections-unresolved"));
        post("county", COUNTY, base + "/objections/" + objection + "/resolution",
                "{\"resolution\": \"经核实流转价格符合当地标准\", \"upheld\": false}").statusCode(200).body("upheld", equalTo(false));
        post("county", COUNTY, base + "/objections/" + objection + "/resolution",
                "{\"resolution\": \"again\", \"upheld\": false}").statusCode(409);
        post("township", TOWNSHIP, base + "/admission", null).statusCode(403);
        post("county", COUNTY, base + "/admission", null).statusCode(200).body("status", equalTo("IN_LIBRARY"));

        // 6. funding-service allocates money: in progress, once, even when the event is delivered twice
        AllocationMadeV1 made = new AllocationMadeV1(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 2025, id, COUNTY,
                "INDUSTRY_DEVELOPMENT", new BigDecimal("1200000.00"), true, Instant.now());
        String allocation = new CloudEvent(UUID.randomUUID().toString(), "/funding-service", FundingEvents.ALLOCATION_MADE_V1, made.planId(),
                Instant.now(), mapper.valueToTree(made)).toJson(mapper).toString();
        KafkaTestClient.send(EventTypes.topicOf(FundingEvents.AGGREGATE), made.planId(), allocation);
        KafkaTestClient.send(EventTypes.topicOf(FundingEvents.AGGREGATE), made.planId(), allocation);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", bearer("county", COUNTY)).get(base)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")));

        // 7. completed, then accepted with the assets it formed
        String future = LocalDate.now().plusDays(400).toString();
        post("county", COUNTY, base + "/completion", "{\"completedOn\": \"" + future + "\"}").statusCode(400)
                .body("errors[0].field", equalTo("completedOn"));
        String startedAt = given().header("Authorization", bearer("county", COUNTY)).get(base).then().extract().path("startedAt");
        LocalDate startedOn = LocalDate.ofInstant(Instant.parse(startedAt), java.time.ZoneId.of("Asia/Shanghai"));
        post("county", COUNTY, base + "/completion", "{\"completedOn\": \"" + startedOn.minusDays(1) + "\"}").statusCode(400);
        post("county", COUNTY, base + "/completion", "{\"completedOn\": \"" + startedOn + "\"}").statusCode(200)
                .body("status", equalTo("COMPLETED"));
        post("county", COUNTY, base + "/acceptance", """
                {"assets": [{"assetRef": "A1", "name": "标准化羊舍", "assetClass": "OPERATING", "value": 1500000.00, "locationRegionCode": "410726901201"}]}""")
                .statusCode(400).body("errors[0].field", equalTo("assets[0].locationRegionCode"));
        post("county", COUNTY, base + "/acceptance", """
                {"assets": [{"assetRef": "A1", "name": "标准化羊舍", "assetClass": "OPERATING", "value": 1500000.00, "locationRegionCode": "410725901201"},
                            {"assetRef": "A2", "name": "村内道路", "assetClass": "PUBLIC_WELFARE", "value": 300000.00, "locationRegionCode": "410725901201"}]}""")
                .statusCode(200).body("status", equalTo("ACCEPTED")).body("assets.size()", equalTo(2));

        // Every step recorded: who, when, why.
        List<String> actions = given().header("Authorization", bearer("city", CITY)).get(base + "/transitions").then().statusCode(200)
                .body("find { it.action == 'RETURN' }.reason", equalTo("请补充入股分红协议"))
                .body("find { it.action == 'RETURN' }.actorRole", equalTo("township"))
                .body("find { it.action == 'START' }.actor", equalTo("funding-service"))
                .extract().jsonPath().getList("action");
        assertThat(actions).containsExactly("SUBMIT", "RETURN", "SUBMIT", "TOWNSHIP_APPROVE", "COUNTY_APPROVE", "START_NOTICE", "ADMIT",
                "START", "COMPLETE", "ACCEPT");

        // Each step announced, in order, with a payload that matches its schema.
        List<String> expected = List.of(ProjectEvents.DRAFTED_V1, ProjectEvents.SUBMITTED_V1, ProjectEvents.RETURNED_V1,
                ProjectEvents.SUBMITTED_V1, ProjectEvents.REVIEWED_V1, ProjectEvents.REVIEWED_V1, ProjectEvents.REVIEWED_V1,
                ProjectEvents.ADMITTED_V1, ProjectEvents.STARTED_V1, ProjectEvents.COMPLETED_V1, ProjectEvents.ACCEPTED_V1);
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil(EventTypes.topicOf(ProjectEvents.AGGREGATE),
                rs -> rs.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value()).id()).distinct().count() >= expected.size(),
                Duration.ofSeconds(60));
        List<CloudEvent> events = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value()))
                .filter(distinctById()).toList();
        assertThat(events).extracting(CloudEvent::type).containsExactlyElementsOf(expected);
        events.forEach(e -> assertThat(ContractSchemas.violations(e.type(), e.data())).as(e.type()).isEmpty());
        CloudEvent accepted = events.get(events.size() - 1);
        assertThat(accepted.data().get("assets").get(0).get("assetClass").asText()).isEqualTo("OPERATING");
        CloudEvent admitted = events.get(7);
        assertThat(admitted.data().get("leadingIndustryCode").asText()).isEqualTo("MUTTON");
        assertThat(admitted.data().get("mechanisms").size()).isEqualTo(3);
        assertThat(events.get(3).data().get("resubmission").asBoolean()).isTrue();
        assertThat(events.get(2).data().get("reason").asText()).isEqualTo("请补充入股分红协议");
    }

    private static java.util.function.Predicate<CloudEvent> distinctById() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return e -> seen.add(e.id());
    }

    @Test
    void fewerThanTwoDistinctMechanismsBlocksEntryWithAClearError() {
        String id = given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body(fullDraft("单一机制项目", VILLAGE, null, mechanism("EMPLOYMENT"), "2000000.00"))
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        post("village", VILLAGE, "/api/v1/projects/" + id + "/submission", null).statusCode(422)
                .body("type", equalTo("urn:agri:problem:project-incomplete"))
                .body("errors.field", hasItem("mechanisms"))
                .body("detail", containsString("至少需要 2 种不同的联农带农机制"));
        given().header("Authorization", bearer("village", VILLAGE)).get("/api/v1/projects/" + id).then().body("status", equalTo("DRAFT"));
        // An incomplete bare draft names everything it lacks.
        String bare = given().header("Authorization", bearer("village", VILLAGE)).contentType(ContentType.JSON)
                .body("{\"name\": \"空草稿\", \"fiscalYear\": 2025, \"regionCode\": \"" + VILLAGE + "\", \"industryCategory\": \"OTHER\"}")
                .post("/api/v1/projects").then().statusCode(201).extract().path("id");
        post("village", VILLAGE, "/api/v1/projects/" + bare + "/submission", null).statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("investment", "participants", "performanceTargets", "mechanisms"));
    }

    @Test
    void theCountyReturnsToTheTownshipAndAnUpheldObjectionBlocksAdmission() {
        String id = toStatus("异议成立项目", "IN_NOTICE");
        String base = "/api/v1/projects/" + id;
        String key = UUID.randomUUID().toString();
        String objection = "{\"raisedBy\": \"村民李某\", \"content\": \"受益户名单不实\"}";
        String o = given().header("Authorization", bearer("county", COUNTY)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(objection).post(base + "/objections").then().statusCode(201).extract().path("id");
        String replayed = given().header("Authorization", bearer("county", COUNTY)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(objection).post(base + "/objections").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(replayed).isEqualTo(o);
        given().header("Authorization", bearer("county", COUNTY)).get(base + "/objections").then().body("size()", equalTo(1));
        post("county", COUNTY, base + "/objections/" + o + "/resolution", "{\"resolution\": \"经核实，名单有误\", \"upheld\": true}")
                .statusCode(200);
        clock.advance(Duration.ofDays(11));
        post("county", COUNTY, base + "/admission", null).statusCode(422).body("type", equalTo("urn:agri:problem:objection-upheld"));
        post("county", COUNTY, base + "/return", "{\"reason\": \"公示异议成立，受益户名单需重新核实\"}").statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("noticeEndsOn", org.hamcrest.Matchers.nullValue());
        // the township can pass it further down to the village, which can then edit
        post("township", TOWNSHIP, base + "/return", "{\"reason\": \"请重新核实受益户\"}").statusCode(200).body("status", equalTo("DRAFT"));
        given().header("Authorization", bearer("city", CITY)).get(base + "/objections").then().statusCode(200)
                .body("[0].upheld", equalTo(true));
        given().header("Authorization", bearer("village", OTHER_VILLAGE)).get(base + "/transitions").then().statusCode(404);
    }

    @Test
    void anAllocationForAProjectNotInTheLibraryChangesNothingAndPoisonIsDeadLettered() throws Exception {
        String id = toStatus("未入库项目", "SUBMITTED");
        AllocationMadeV1 made = new AllocationMadeV1(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 2025, id, COUNTY,
                "INDUSTRY_DEVELOPMENT", new BigDecimal("10.00"), false, Instant.now());
        String key = UUID.randomUUID().toString();
        KafkaTestClient.send("agri.funding", key, "{not a cloud event");
        KafkaTestClient.send("agri.funding", key, new CloudEvent(UUID.randomUUID().toString(), "/funding-service",
                FundingEvents.ALLOCATION_MADE_V1, key, Instant.now(), mapper.valueToTree(made)).toJson(mapper).toString());
        var dead = KafkaTestClient.readUntil("agri.dlq.project-service", rs -> rs.stream().anyMatch(r -> key.equals(r.key())),
                Duration.ofSeconds(30));
        assertThat(dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow().value()).isEqualTo("{not a cloud event");
        given().header("Authorization", bearer("county", COUNTY)).get("/api/v1/projects/" + id).then().body("status", equalTo("SUBMITTED"));
    }
}
