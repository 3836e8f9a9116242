package cn.gov.xinxiang.agri.project.entity;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.entity.OperatingEntityEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The registry of operating entities: registration, region scope, lists, corrections as versions, events, links to projects. */
@QuarkusTest
class OperatingEntityTest {

    // invented codes with valid check characters, used by no other test
    static final String LEAD = "91410725MAT000003B";
    static final String COOP = "93410725MAT0000048";
    static final String FARM = "92410725MAT000005E";
    static final String OTHER_COUNTY_LEAD = "91410726MAT000001K";
    static final String UNREGISTERED = "91410725MAT000006L";

    static String body(String code, String name, String kind, String level, String region) {
        return """
                {"creditCode": "%s", "name": "%s", "kind": "%s", "level": %s, "regionCode": "%s"}"""
                .formatted(code, name, kind, level == null ? "null" : "\"" + level + "\"", region);
    }

    static ValidatableResponse register(String role, String region, String body) {
        return given().header("Authorization", bearer(role, region)).contentType(ContentType.JSON).body(body).post("/api/v1/entities").then();
    }

    static ValidatableResponse get(String role, String region, String path) {
        return given().header("Authorization", bearer(role, region)).get(path).then();
    }

    @Test
    void entitiesAreRegisteredInTheCallersRegionAndBadInputNamesItsFields() throws Exception {
        register("county", COUNTY, body(LEAD, "原阳县测试甲中原食品有限公司", "LEADING_ENTERPRISE", "PROVINCIAL", COUNTY))
                .statusCode(201).header("Location", endsWith("/api/v1/entities/" + LEAD)).header("ETag", nullValue())
                .body("kindLabel", equalTo("龙头企业")).body("levelLabel", equalTo("省级")).body("regionName", equalTo("原阳县"))
                .body("countyCode", equalTo(COUNTY)).body("versionNo", equalTo(1));
        get("county", COUNTY, "/api/v1/entities/" + LEAD).statusCode(200).header("ETag", "\"1\"").body("name", equalTo("原阳县测试甲中原食品有限公司"));
        // the code is the key: typed in lower case it is the same entity, and registered twice it is a conflict
        get("county", COUNTY, "/api/v1/entities/" + LEAD.toLowerCase()).statusCode(200);
        register("county", COUNTY, body(LEAD.toLowerCase(), "又一家", "LEADING_ENTERPRISE", "CITY", COUNTY)).statusCode(409)
                .body("type", equalTo("urn:agri:problem:entity-exists")).body("errors[0].field", equalTo("creditCode"));

        // bad input: every problem at once, with its field, in Chinese unless asked for English
        register("county", COUNTY, body("91410725MAT000003C", "企业", "LEADING_ENTERPRISE", null, "410700000000")).statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:agri:problem:validation"))
                .body("errors.field", containsInAnyOrder("creditCode", "level", "regionCode"))
                .body("errors.find { it.field == 'level' }.message", equalTo("龙头企业须填写认定级别（NATIONAL 国家级、PROVINCIAL 省级、CITY 市级）"))
                .body("errors.find { it.field == 'creditCode' }.message", equalTo("校验码错误（应为 B）"));
        given().header("Authorization", bearer("county", COUNTY)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(body(COOP, "合作社", "COOPERATIVE", "CITY", COUNTY)).post("/api/v1/entities").then().statusCode(400)
                .body("errors[0].field", equalTo("level")).body("errors[0].message", equalTo("only leading enterprises have a level, not a farmers' cooperative"));
        register("county", COUNTY, "{\"creditCode\": \"" + COOP + "\", \"name\": \"\", \"kind\": \"BANK\", \"regionCode\": \"4107\"}").statusCode(400);
        register("county", COUNTY, "{\"creditCode\": \"" + COOP + "\", \"name\": \"\", \"kind\": \"COOPERATIVE\", \"regionCode\": \"4107\"}")
                .statusCode(400).body("errors.field", containsInAnyOrder("name", "regionCode"));
        register("county", COUNTY, "{\"creditCode\": \"" + COOP + "\", \"name\": \"合作社\", \"kind\": \"COOPERATIVE\", \"regionCode\": \"" + COUNTY
                + "\", \"leadingIndustryCode\": \"NOT_HERE\"}").statusCode(400).body("errors[0].field", equalTo("leadingIndustryCode"));
        register("county", COUNTY, body(COOP, "合作社", "COOPERATIVE", null, "410725999999")).statusCode(400).body("errors[0].field", equalTo("regionCode"));

        // region scope: a write outside the caller's region is refused, a read is a 404, roles that only read cannot write
        register("county", OTHER_COUNTY, body(COOP, "城关镇测试乙合作社", "COOPERATIVE", null, TOWNSHIP)).statusCode(403)
                .body("errors[0].field", equalTo("regionCode"));
        register("village", OTHER_VILLAGE, body(COOP, "城关镇测试乙合作社", "COOPERATIVE", null, TOWNSHIP)).statusCode(403);
        register("auditor", CITY, body(COOP, "城关镇测试乙合作社", "COOPERATIVE", null, TOWNSHIP)).statusCode(403);
        get("county", OTHER_COUNTY, "/api/v1/entities/" + LEAD).statusCode(404).contentType("application/problem+json");
        get("village", VILLAGE, "/api/v1/entities/" + LEAD).statusCode(404);

        // a replayed registration (same Idempotency-Key) answers as the first did and registers nothing more
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", bearer("township", TOWNSHIP)).header("Idempotency-Key", "coop-" + COOP).contentType(ContentType.JSON)
                    .body(body(COOP, "城关镇测试乙合作社", "COOPERATIVE", null, TOWNSHIP)).post("/api/v1/entities").then().statusCode(201)
                    .body("level", nullValue()).body("versionNo", equalTo(1));
        }
        get("township", TOWNSHIP, "/api/v1/entities/" + COOP + "/versions").statusCode(200).body("size()", equalTo(1));
        register("village", VILLAGE, body(FARM, "城关一村测试丙阿福家庭农场", "FAMILY_FARM", null, VILLAGE)).statusCode(201);
        register("county", OTHER_COUNTY, body(OTHER_COUNTY_LEAD, "延津县测试丁北方面业有限公司", "LEADING_ENTERPRISE", "NATIONAL", OTHER_COUNTY)).statusCode(201);
        get("village", VILLAGE, "/api/v1/entities/" + FARM).statusCode(200);
        get("village", OTHER_VILLAGE, "/api/v1/entities/" + FARM).statusCode(404);
        get("auditor", CITY, "/api/v1/entities/" + OTHER_COUNTY_LEAD).statusCode(200).body("levelLabel", equalTo("国家级"));

        // registered, and announced on the entity's own topic with its code as key
        var records = KafkaTestClient.readUntil("agri.entity", rs -> rs.stream().anyMatch(r -> FARM.equals(r.key())), Duration.ofSeconds(60));
        CloudEvent event = CloudEvent.parse(new ObjectMapper(), records.stream().filter(r -> LEAD.equals(r.key())).findFirst().orElseThrow().value());
        assertThat(event.type()).isEqualTo(OperatingEntityEvents.OPERATING_ENTITY_REGISTERED_V1);
        assertThat(ContractSchemas.violations(event.type(), event.data())).isEmpty();
        assertThat(event.data().get("level").asText()).isEqualTo("PROVINCIAL");
        assertThat(event.data().get("version").asInt()).isEqualTo(1);
        assertThat(event.data().has("correction")).isFalse();
    }

    @Test
    void listsFilterByKindLevelRegionAndChineseNameInPinyinOrderPaged() {
        String tag = "列表" + System.nanoTime() % 100000;
        String[][] rows = {
                {"91410725MAL000001", "中原" + tag + "食品有限公司", "LEADING_ENTERPRISE", "CITY", COUNTY},
                {"91410725MAL000002", "北方" + tag + "农业有限公司", "LEADING_ENTERPRISE", "NATIONAL", COUNTY},
                {"93410725MAL000003", "阿里" + tag + "种植专业合作社", "COOPERATIVE", null, TOWNSHIP},
                {"92410725MAL000004", "城关" + tag + "家庭农场", "FAMILY_FARM", null, VILLAGE}};
        for (String[] r : rows) {
            String code = r[0] + CreditCode.checkCharacter(r[0]);
            register("county", COUNTY, body(code, r[1], r[2], r[3], r[4])).statusCode(201);
        }
        String base = "/api/v1/entities?q=" + tag;
        // pinyin order (阿 a, 北 bei, 城 cheng, 中 zhong), not code-point order
        get("city", CITY, base).statusCode(200).body("total", equalTo(4))
                .body("items.name", contains("阿里" + tag + "种植专业合作社", "北方" + tag + "农业有限公司", "城关" + tag + "家庭农场", "中原" + tag + "食品有限公司"));
        get("city", CITY, base + "&sort=-name&size=1&page=1").statusCode(200).body("total", equalTo(4)).body("size", equalTo(1))
                .body("items.name", contains("城关" + tag + "家庭农场"));
        get("county", COUNTY, base + "&kind=LEADING_ENTERPRISE").statusCode(200).body("total", equalTo(2));
        get("county", COUNTY, base + "&kind=LEADING_ENTERPRISE&level=NATIONAL").statusCode(200).body("items.name", contains("北方" + tag + "农业有限公司"));
        get("county", COUNTY, base + "&regionCode=" + TOWNSHIP).statusCode(200).body("total", equalTo(2));
        get("county", COUNTY, "/api/v1/entities?q=" + tag.substring(0, 2) + "%25").statusCode(200).body("total", equalTo(0));
        // region scope applies to lists: a township sees its subtree, another county nothing
        get("township", TOWNSHIP, base).statusCode(200).body("total", equalTo(2));
        get("county", OTHER_COUNTY, base).statusCode(200).body("total", equalTo(0));
        get("county", OTHER_COUNTY, base + "&regionCode=" + COUNTY).statusCode(200).body("total", equalTo(0));
        // bad filters are 400 naming the parameter
        get("county", COUNTY, base + "&kind=BANK").statusCode(400).body("errors[0].field", equalTo("kind"));
        get("county", COUNTY, base + "&size=201").statusCode(400).body("errors[0].field", equalTo("size"));
        get("county", COUNTY, base + "&sort=age").statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aCorrectionIsTheNextVersionWithItsReasonAndIsAnnounced() throws Exception {
        String code = "91410725MAC000001" + CreditCode.checkCharacter("91410725MAC000001");
        String path = "/api/v1/entities/" + code;
        register("county", COUNTY, body(code, "原阳县测试更正食品有限公司", "LEADING_ENTERPRISE", "CITY", COUNTY)).statusCode(201);
        String correction = """
                {"name": "原阳县测试更正食品股份有限公司", "kind": "LEADING_ENTERPRISE", "level": "PROVINCIAL", "regionCode": "%s",
                 "reason": "2024年经省农业农村厅认定为省级重点龙头企业"}""".formatted(COUNTY);
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).body(correction).put(path).then().statusCode(428);
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction.replace("\"reason\"", "\"why\"")).put(path).then().statusCode(400);
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction.replaceFirst("\"reason\": \"[^\"]*\"", "\"reason\": \" \"")).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().header("Authorization", bearer("county", OTHER_COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction).put(path).then().statusCode(404);
        given().header("Authorization", bearer("auditor", CITY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction).put(path).then().statusCode(403);
        // moving it out of the caller's region is refused like registering it there
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction.replace(COUNTY, OTHER_COUNTY)).put(path).then().statusCode(403);
        given().header("Authorization", bearer("county", COUNTY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction).put(path).then().statusCode(200).header("ETag", "\"2\"").body("versionNo", equalTo(2))
                .body("levelLabel", equalTo("省级")).body("name", equalTo("原阳县测试更正食品股份有限公司"));
        given().header("Authorization", bearer("city", CITY)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(correction).put(path).then().statusCode(412);
        get("auditor", CITY, path + "/versions").statusCode(200).body("versionNo", contains(1, 2))
                .body("[0].content.level", equalTo("CITY")).body("[0].reason", nullValue()).body("[0].current", equalTo(false))
                .body("[1].content.level", equalTo("PROVINCIAL")).body("[1].reason", equalTo("2024年经省农业农村厅认定为省级重点龙头企业"))
                .body("[1].recordedTier", equalTo("COUNTY")).body("[1].current", equalTo(true));
        get("county", OTHER_COUNTY, path + "/versions").statusCode(404);

        ObjectMapper mapper = new ObjectMapper();
        Predicate<ConsumerRecord<String, String>> second = r -> code.equals(r.key())
                && CloudEvent.parse(mapper, r.value()).data().path("version").asInt() == 2;
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readUntil("agri.entity", rs -> rs.stream().anyMatch(second), Duration.ofSeconds(60));
        // version 1 before its correction, on the entity's partition
        assertThat(records.stream().filter(r -> code.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value()).data().get("version").asInt()))
                .containsSubsequence(1, 2);
        CloudEvent event = CloudEvent.parse(mapper, records.stream().filter(second).findFirst().orElseThrow().value());
        assertThat(ContractSchemas.violations(event.type(), event.data())).isEmpty();
        assertThat(event.data().at("/correction/correctsVersion").asInt()).isEqualTo(1);
        assertThat(event.data().at("/correction/reason").asText()).isEqualTo("2024年经省农业农村厅认定为省级重点龙头企业");
        assertThat(event.data().at("/correction/byTier").asText()).isEqualTo("COUNTY");
    }

    @Test
    void aProjectLinksRegisteredEntitiesOfItsCountyInRoles() throws Exception {
        String lead = "91410725MAP000001" + CreditCode.checkCharacter("91410725MAP000001");
        String other = "91410726MAP000002" + CreditCode.checkCharacter("91410726MAP000002");
        register("county", COUNTY, body(lead, "原阳县测试收购食品有限公司", "LEADING_ENTERPRISE", "CITY", COUNTY)).statusCode(201);
        register("county", OTHER_COUNTY, body(other, "延津县测试收购面业有限公司", "LEADING_ENTERPRISE", "CITY", OTHER_COUNTY)).statusCode(201);
        String project = createFull("测试联结经营主体项目", VILLAGE);
        String path = "/api/v1/projects/" + project + "/entities";
        String link = "{\"creditCode\": \"%s\", \"role\": \"%s\"}";

        post("village", VILLAGE, path, link.formatted(lead, "PURCHASER")).statusCode(201).body("roleLabel", equalTo("收购方"))
                .body("kindLabel", equalTo("龙头企业")).body("name", equalTo("原阳县测试收购食品有限公司"));
        post("county", COUNTY, path, link.formatted(lead, "DRIVER")).statusCode(201);
        post("township", TOWNSHIP, path, link.formatted(lead, "PURCHASER")).statusCode(409).body("type", equalTo("urn:agri:problem:entity-linked"));
        // the entity must be registered, in the project's county
        post("village", VILLAGE, path, link.formatted(other, "PURCHASER")).statusCode(400).body("errors[0].field", equalTo("creditCode"))
                .body("errors[0].message", equalTo(other + " 登记在延津县，不在项目所在的原阳县"));
        post("village", VILLAGE, path, link.formatted(UNREGISTERED, "PURCHASER")).statusCode(400).body("errors[0].field", equalTo("creditCode"));
        post("village", VILLAGE, path, link.formatted("91410725MAP00000", "PURCHASER")).statusCode(400).body("errors[0].field", equalTo("creditCode"));
        post("village", VILLAGE, path, "{\"creditCode\": \"" + lead + "\", \"role\": \"KING\"}").statusCode(400);
        // the project's region scope: a sibling village and another county do not reach it; an auditor reads but does not link
        post("village", OTHER_VILLAGE, path, link.formatted(lead, "OPERATOR")).statusCode(404);
        post("county", OTHER_COUNTY, path, link.formatted(other, "OPERATOR")).statusCode(404);
        post("auditor", CITY, path, link.formatted(lead, "OPERATOR")).statusCode(403);
        get("village", OTHER_VILLAGE, path).statusCode(404);
        get("auditor", CITY, path).statusCode(200).body("role", contains("PURCHASER", "DRIVER")).body("creditCode", contains(lead, lead));

        var records = KafkaTestClient.readUntil("agri.project", rs -> rs.stream().anyMatch(r -> project.equals(r.key())
                && r.value().contains(ProjectEvents.ENTITY_LINKED_V1) && r.value().contains("DRIVER")), Duration.ofSeconds(60));
        CloudEvent event = records.stream().filter(r -> project.equals(r.key())).map(r -> CloudEvent.parse(new ObjectMapper(), r.value()))
                .filter(e -> e.type().equals(ProjectEvents.ENTITY_LINKED_V1)).findFirst().orElseThrow();
        assertThat(ContractSchemas.violations(event.type(), event.data())).isEmpty();
        assertThat(event.data().get("creditCode").asText()).isEqualTo(lead);
        assertThat(event.data().get("role").asText()).isEqualTo("PURCHASER");
        assertThat(event.data().get("countyCode").asText()).isEqualTo(COUNTY);
    }
}
