package cn.gov.xinxiang.agri.asset.flow;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The "done when" path: an accepted project's assets appear, are confirmed, get a custody chain, change hands, and tampering shows. */
@QuarkusTest
class AcceptedProjectToCustodyTest {

    static final String TOPIC = EventTypes.topicOf(ProjectEvents.AGGREGATE);

    @Inject
    EntityManager em;

    static ProjectAcceptedV1 accepted(String projectId, List<ProjectAcceptedV1.FormedAsset> assets) {
        return new ProjectAcceptedV1(projectId, "XM2025-410725-00042", "城关一村肉羊养殖扶贫车间", 2025, VILLAGE, assets,
                Instant.parse("2025-11-20T02:00:00Z"));
    }

    static List<Map<String, Object>> assetsOf(String projectId) {
        return as("county", COUNTY).get("/api/v1/assets?sourceProjectId=" + projectId).then().statusCode(200).extract().path("items");
    }

    @Test
    void anAcceptedProjectsAssetsAreTakenOverOnceConfirmedAndHandedOverWithATamperEvidentHistory() throws Exception {
        String projectId = UUID.randomUUID().toString();
        String household = UUID.randomUUID().toString();
        String event = event(ProjectEvents.ACCEPTED_V1, projectId, accepted(projectId, List.of(
                new ProjectAcceptedV1.FormedAsset("pen-1", "肉羊养殖圈舍", "OPERATING", new BigDecimal("1000000.00"), VILLAGE, null),
                new ProjectAcceptedV1.FormedAsset("road-1", "产业路", "PUBLIC_WELFARE", new BigDecimal("500000.00"), TOWNSHIP, null),
                new ProjectAcceptedV1.FormedAsset("pv-1", "户用光伏", "HOUSEHOLD", new BigDecimal("30000.00"), VILLAGE, household))));
        // Another type on the same topic is ignored; a poison record is parked and does not block the partition.
        KafkaTestClient.send(TOPIC, projectId, event(ProjectEvents.ADMITTED_V1, projectId, Map.of("projectId", projectId)));
        KafkaTestClient.send(TOPIC, projectId, "{not a cloud event");
        KafkaTestClient.send(TOPIC, projectId, event);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(assetsOf(projectId)).hasSize(3));

        // Redelivery (same event id) and a re-sent acceptance (new id, same assets): still three assets.
        KafkaTestClient.send(TOPIC, projectId, event);
        KafkaTestClient.send(TOPIC, projectId, event(ProjectEvents.ACCEPTED_V1, projectId, accepted(projectId, List.of(
                new ProjectAcceptedV1.FormedAsset("pen-1", "肉羊养殖圈舍", "OPERATING", new BigDecimal("1000000.00"), VILLAGE, null)))));
        String marker = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, projectId, event(ProjectEvents.ACCEPTED_V1, marker, accepted(marker, List.of(
                new ProjectAcceptedV1.FormedAsset("m-1", "标记资产", "OPERATING", new BigDecimal("1.00"), VILLAGE, null)))));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(assetsOf(marker)).hasSize(1));
        assertThat(assetsOf(projectId)).hasSize(3);

        // An acceptance whose second asset cannot be taken over (a county-level location) is parked whole: nothing of it is stored.
        String broken = UUID.randomUUID().toString();
        KafkaTestClient.send(TOPIC, broken, event(ProjectEvents.ACCEPTED_V1, broken, accepted(broken, List.of(
                new ProjectAcceptedV1.FormedAsset("ok-1", "正常资产", "OPERATING", new BigDecimal("10.00"), VILLAGE, null),
                new ProjectAcceptedV1.FormedAsset("bad-1", "位置错误", "OPERATING", new BigDecimal("10.00"), COUNTY, null)))));
        var parkedBroken = KafkaTestClient.readUntil("agri.dlq.asset-service", rs -> rs.stream().anyMatch(r -> broken.equals(r.key())),
                Duration.ofSeconds(60)).stream().filter(r -> broken.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(parkedBroken.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("cannot be taken over");
        assertThat(assetsOf(broken)).isEmpty();

        var dead = KafkaTestClient.readUntil("agri.dlq.asset-service", rs -> rs.stream().anyMatch(r -> projectId.equals(r.key())), Duration.ofSeconds(30));
        var parked = dead.stream().filter(r -> projectId.equals(r.key())).findFirst().orElseThrow();
        assertThat(parked.value()).isEqualTo("{not a cloud event");
        assertThat(new String(parked.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)).contains("not JSON");

        String pen = assetsOf(projectId).stream().filter(a -> "pen-1".equals(a.get("assetRef"))).findFirst().orElseThrow().get("id").toString();
        String path = "/api/v1/assets/" + pen;
        as("village", VILLAGE).get(path).then().statusCode(200).body("status", equalTo("UNCONFIRMED")).body("assetClassLabel", equalTo("经营性"))
                .body("sourceProjectCode", equalTo("XM2025-410725-00042")).body("inServiceOn", equalTo("2025-11-20"))
                .body("value", equalTo(1000000.00f));
        // Region scope is in the query: another village or county does not see it, not even by id.
        as("village", OTHER_VILLAGE).get(path).then().statusCode(404).contentType("application/problem+json");
        as("county", OTHER_COUNTY).get(path).then().statusCode(404);
        as("county", OTHER_COUNTY).get("/api/v1/assets?sourceProjectId=" + projectId).then().statusCode(200).body("total", equalTo(0));
        given().get(path).then().statusCode(401);

        // The county owes the confirmation: it is on the county's to-do, not on another county's.
        as("county", COUNTY).get("/api/v1/todo?size=200").then().statusCode(200).body("confirmations.items.assetId", hasItem(pen));
        as("county", OTHER_COUNTY).get("/api/v1/todo?size=200").then().statusCode(200).body("confirmations.items.assetId", not(hasItem(pen)));
        as("auditor", CITY).get("/api/v1/todo").then().statusCode(403);

        // Confirmation: a village asset cannot be made state-owned.
        String collective = """
                {"ownerType": "VILLAGE_COLLECTIVE", "ownerName": "城关一村股份经济合作社", "ownershipNature": "%s"}""";
        String tag = etag("county", COUNTY, path);
        as("county", COUNTY).header("If-Match", tag).body(collective.formatted("STATE_OWNED")).post(path + "/confirmation")
                .then().statusCode(422).contentType("application/problem+json").body("type", equalTo("urn:agri:problem:ownership-rule"))
                .body("detail", containsString("须为集体所有"));
        as("county", COUNTY).header("If-Match", tag).body("{\"ownerName\": \"\"}").post(path + "/confirmation")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("ownerType", "ownerName", "ownershipNature"));
        as("county", COUNTY).body(collective.formatted("COLLECTIVE")).post(path + "/confirmation").then().statusCode(428);
        as("county", COUNTY).header("If-Match", "\"99\"").body(collective.formatted("COLLECTIVE")).post(path + "/confirmation").then().statusCode(412);
        as("village", VILLAGE).header("If-Match", tag).body(collective.formatted("COLLECTIVE")).post(path + "/confirmation").then().statusCode(403);
        as("county", OTHER_COUNTY).header("If-Match", tag).body(collective.formatted("COLLECTIVE")).post(path + "/confirmation").then().statusCode(404);
        as("village", VILLAGE).get(path).then().body("status", equalTo("UNCONFIRMED"));
        String confirmedTag = as("county", COUNTY).header("If-Match", tag).body(collective.formatted("COLLECTIVE")).post(path + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("ownershipNatureLabel", equalTo("集体所有"))
                .body("ownerRegionCode", equalTo(VILLAGE)).extract().header("ETag");
        assertThat(confirmedTag).isNotEqualTo(tag);
        as("county", COUNTY).header("If-Match", confirmedTag).body(collective.formatted("COLLECTIVE")).post(path + "/confirmation")
                .then().statusCode(409);
        as("county", COUNTY).get("/api/v1/todo?size=200").then().body("confirmations.items.assetId", not(hasItem(pen)));

        // Four-tier custody: each tier names its own custodian, consistent with the location.
        as("village", VILLAGE).get(path + "/custody").then().statusCode(200).body("complete", equalTo(false))
                .body("missingTiers", equalTo(List.of("CITY", "COUNTY", "TOWNSHIP", "VILLAGE")));
        as("village", VILLAGE).get("/api/v1/todo?size=200").then().body("custodyMissing.items.assetId", hasItem(pen));
        String assign = """
                {"unitName": "%s", "personName": "%s"}""";
        as("village", VILLAGE).body(assign.formatted("新乡市农业农村局", "张三")).put(path + "/custody/CITY").then().statusCode(403);
        as("city", CITY).body(assign.formatted("新乡市农业农村局", "张三")).put(path + "/custody/CITY").then().statusCode(201)
                .body("regionCode", equalTo(CITY));
        as("county", COUNTY).body(assign.formatted("原阳县农业农村局", "李四")).put(path + "/custody/COUNTY").then().statusCode(201)
                .body("regionCode", equalTo(COUNTY));
        as("township", TOWNSHIP).get("/api/v1/todo?size=200").then().statusCode(200).body("custodyMissing.items.assetId", hasItem(pen))
                .body("confirmations.total", equalTo(0));
        as("township", TOWNSHIP).body(assign.formatted("城关镇人民政府", "王五")).put(path + "/custody/TOWNSHIP").then().statusCode(201);
        as("village", VILLAGE).body(assign.formatted("城关一村村民委员会", "赵六")).put(path + "/custody/VILLAGE").then().statusCode(201)
                .body("regionCode", equalTo(VILLAGE)).body("regionName", equalTo("城关一村（样例）"));
        as("township", TOWNSHIP).get("/api/v1/todo?size=200").then().body("custodyMissing.items.assetId", not(hasItem(pen)));
        as("village", VILLAGE).body(assign.formatted("城关一村村民委员会", "赵六")).put(path + "/custody/VILLAGE").then().statusCode(409);
        as("village", VILLAGE).body("{\"unitName\": \"\"}").put(path + "/custody/VILLAGE").then().statusCode(400);
        as("village", VILLAGE).get(path + "/custody").then().body("complete", equalTo(true)).body("positions.size()", equalTo(4));
        // the public-welfare asset stands in the township: it has no village tier
        String road = assetsOf(projectId).stream().filter(a -> "road-1".equals(a.get("assetRef"))).findFirst().orElseThrow().get("id").toString();
        as("township", TOWNSHIP).get("/api/v1/assets/" + road + "/custody").then().body("missingTiers", equalTo(List.of("CITY", "COUNTY", "TOWNSHIP")));
        as("village", VILLAGE).body(assign.formatted("x", "y")).put("/api/v1/assets/" + road + "/custody/VILLAGE").then().statusCode(404);

        // Handover: proposed by the giver (the village unit), answered only by the named receiver.
        String giver = "village-" + VILLAGE + "-zhaoliu";
        String receiver = "village-" + VILLAGE + "-wangxiuying";
        String proposal = """
                {"tier": "VILLAGE", "toUnit": "城关一村股份经济合作社", "toPerson": "王秀英", "toSubject": "%s", "note": "村两委换届"}""".formatted(receiver);
        asSubject("township-x", "township", TOWNSHIP).body(proposal).post(path + "/custody/handovers").then().statusCode(403);
        asSubject(giver, "village", VILLAGE).body(proposal.replace(receiver, giver)).post(path + "/custody/handovers").then().statusCode(400);
        String key = UUID.randomUUID().toString();
        String handover = asSubject(giver, "village", VILLAGE).header("Idempotency-Key", key).body(proposal).post(path + "/custody/handovers")
                .then().statusCode(201).header("Location", containsString("/api/v1/handovers/")).body("status", equalTo("PROPOSED"))
                .body("fromPerson", equalTo("赵六")).extract().path("id");
        asSubject(giver, "village", VILLAGE).header("Idempotency-Key", key).body(proposal).post(path + "/custody/handovers")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(handover));
        asSubject(giver, "village", VILLAGE).body(proposal).post(path + "/custody/handovers").then().statusCode(409)
                .body("type", equalTo("urn:agri:problem:handover-open"));
        asSubject(receiver, "village", VILLAGE).get("/api/v1/todo").then().body("handoversToAnswer.items.handoverId", hasItem(handover));
        String hPath = "/api/v1/handovers/" + handover;
        String hTag = asSubject(receiver, "village", VILLAGE).get(hPath).then().statusCode(200).extract().header("ETag");
        asSubject(giver, "village", VILLAGE).header("If-Match", hTag).post(hPath + "/accept").then().statusCode(403);
        asSubject(receiver, "village", VILLAGE).post(hPath + "/accept").then().statusCode(428);
        asSubject(receiver, "village", VILLAGE).header("If-Match", hTag).post(hPath + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"));
        asSubject(receiver, "village", VILLAGE).header("If-Match", "*").post(hPath + "/accept").then().statusCode(409);
        as("village", VILLAGE).get(path + "/custody").then().body("positions.find { it.tier == 'VILLAGE' }.personName", equalTo("王秀英"));

        // The new custodian hands over again; the receiver refuses with a reason; custody stays.
        String back = asSubject(receiver, "village", VILLAGE).body(proposal.replace(receiver, giver).replace("王秀英", "赵六"))
                .post(path + "/custody/handovers").then().statusCode(201).extract().path("id");
        asSubject(giver, "village", VILLAGE).header("If-Match", "*").body("{\"reason\": \"\"}").post("/api/v1/handovers/" + back + "/refuse")
                .then().statusCode(400);
        asSubject(giver, "village", VILLAGE).header("If-Match", "*").body("{\"reason\": \"账实不符，待核实\"}").post("/api/v1/handovers/" + back + "/refuse")
                .then().statusCode(200).body("status", equalTo("REFUSED")).body("refusalReason", equalTo("账实不符，待核实"));
        as("village", VILLAGE).get(path + "/custody").then().body("positions.find { it.tier == 'VILLAGE' }.personName", equalTo("王秀英"));

        // History: 4 assignments, proposed + accepted, proposed + refused, all chained.
        List<String> kinds = as("auditor", CITY).get(path + "/custody/history").then().statusCode(200).extract().path("kind");
        assertThat(kinds).containsExactly("ASSIGNED", "ASSIGNED", "ASSIGNED", "ASSIGNED", "HANDOVER_PROPOSED", "HANDOVER_ACCEPTED",
                "HANDOVER_PROPOSED", "HANDOVER_REFUSED");
        as("auditor", CITY).get(path + "/custody/verify").then().statusCode(200).body("valid", equalTo(true)).body("entries", equalTo(8));

        // The database refuses edits to history; someone with DDL rights can get round that, and verification shows it.
        UUID penId = UUID.fromString(pen);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update custody_entry set person_name = '冒名' where asset_id = ?1 and seq = 2").setParameter(1, penId).executeUpdate()))
                .hasStackTraceContaining("append-only");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table custody_entry disable trigger custody_entry_no_update").executeUpdate();
            em.createNativeQuery("update custody_entry set person_name = '冒名' where asset_id = ?1 and seq = 2").setParameter(1, penId).executeUpdate();
            em.createNativeQuery("alter table custody_entry enable trigger custody_entry_no_update").executeUpdate();
        });
        as("county", COUNTY).get(path + "/custody/verify").then().statusCode(200).body("valid", equalTo(false)).body("firstBrokenSeq", equalTo(2))
                .body("reason", containsString("altered"));
        as("county", OTHER_COUNTY).get(path + "/custody/verify").then().statusCode(404);

        // Events through the outbox, each valid against its contract.
        var records = KafkaTestClient.readUntil(EventTypes.topicOf(AssetEvents.AGGREGATE),
                // wait for the accepted handover's event itself: six earlier events can be relayed before it
                rs -> rs.stream().anyMatch(r -> pen.equals(r.key()) && r.value().contains("\"HANDED_OVER\"")), Duration.ofSeconds(30));
        List<CloudEvent> events = records.stream().filter(r -> pen.equals(r.key())).map(r -> CloudEvent.parse(MAPPER, r.value())).toList();
        assertThat(events).extracting(CloudEvent::type).contains(AssetEvents.REGISTERED_V1, AssetEvents.CONFIRMED_V1, AssetEvents.CUSTODY_CHANGED_V1);
        assertThat(events).allSatisfy(e -> assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty());
        assertThat(events.stream().filter(e -> e.type().equals(AssetEvents.CUSTODY_CHANGED_V1)).map(e -> e.data().get("kind").asText()))
                .contains("ASSIGNED", "HANDED_OVER");
    }
}
