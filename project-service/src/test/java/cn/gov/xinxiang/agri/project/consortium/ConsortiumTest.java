package cn.gov.xinxiang.agri.project.consortium;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.consortium.ConsortiumEvents;
import cn.gov.xinxiang.agri.project.creditcode.CreditCode;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.function.Predicate;

import static cn.gov.xinxiang.agri.project.Fixtures.*;
import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Consortia of a county: recorded against the registry and the county's leading industries, scoped, corrected as versions, added up. */
@QuarkusTest
class ConsortiumTest {

    // a year no other test records consortia or leading industries for
    static final int YEAR = 2023;

    static String code(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    static final String LEAD = code("91410725MAK000001");
    static final String COOP = code("93410725MAK000002");
    static final String FARM = code("92410725MAK000003");
    static final String NOT_LEAD = code("93410725MAK000004");
    static final String UNREGISTERED = code("93410725MAK000005");

    static ValidatableResponse send(String method, String role, String region, String path, String body, String ifMatch) {
        var req = given().header("Authorization", bearer(role, region)).contentType(ContentType.JSON);
        if (ifMatch != null) {
            req = req.header("If-Match", ifMatch);
        }
        if (body != null) {
            req = req.body(body);
        }
        return (method.equals("PUT") ? req.put(path) : method.equals("GET") ? req.get(path) : req.post(path)).then();
    }

    static String consortium(String name, String lead, String members, String links) {
        return """
                {"name": "%s", "countyCode": "%s", "year": %d, "leadingIndustryCode": "MUTTON", "leadEnterpriseCreditCode": "%s",
                 "members": [%s], "employedHouseholds": 120, "linkedHouseholds": 300, "links": [%s],
                 "financing": [{"institution": "原阳县测试农村商业银行", "product": "产业振兴贷", "amount": 5000000.00}],
                 "description": "测试联合体"}""".formatted(name, COUNTY, YEAR, lead, members, links);
    }

    static String member(String code, String role) {
        return "{\"creditCode\": \"%s\", \"role\": \"%s\"}".formatted(code, role);
    }

    static String line(String kind, String product, String quantity, String unit) {
        return "{\"kind\": \"%s\", \"product\": \"%s\", \"quantity\": %s, \"unit\": \"%s\", \"households\": 40}".formatted(kind, product, quantity, unit);
    }

    static void setUp() {
        send("PUT", "county", COUNTY, "/api/v1/leading-industries/" + COUNTY + "/" + YEAR,
                "{\"industries\": [{\"code\": \"PREPARED_MEALS\", \"name\": \"预制菜\"}, {\"code\": \"MUTTON\", \"name\": \"肉羊养殖\"}]}", null).statusCode(200);
        String entity = "{\"creditCode\": \"%s\", \"name\": \"%s\", \"kind\": \"%s\", \"level\": %s, \"regionCode\": \"%s\"}";
        send("POST", "county", COUNTY, "/api/v1/entities", entity.formatted(LEAD, "原阳县测试联合体牵头食品有限公司", "LEADING_ENTERPRISE", "\"PROVINCIAL\"", COUNTY), null)
                .statusCode(201);
        send("POST", "county", COUNTY, "/api/v1/entities", entity.formatted(COOP, "测试联合体肉羊合作社", "COOPERATIVE", "null", TOWNSHIP), null).statusCode(201);
        send("POST", "county", COUNTY, "/api/v1/entities", entity.formatted(FARM, "测试联合体家庭农场", "FAMILY_FARM", "null", VILLAGE), null).statusCode(201);
        send("POST", "county", COUNTY, "/api/v1/entities", entity.formatted(NOT_LEAD, "测试联合体另一合作社", "COOPERATIVE", "null", COUNTY), null).statusCode(201);
    }

    @Test
    void aConsortiumIsRecordedScopedCorrectedAsVersionsAndAddedUp() throws Exception {
        setUp();
        String members = member(COOP, "UNDERTAKER") + "," + member(FARM, "BASE");
        String links = line("CONTRACT_FARMING", "肉羊", "6000", "只") + "," + line("PURCHASE", "花生秧", "800.5", "亩");

        // bad input: the registry and the county's leading industries are checked, every problem at once with its field
        send("POST", "county", COUNTY, "/api/v1/consortia", consortium("测试联合体", NOT_LEAD, member(UNREGISTERED, "BASE"), links)
                .replace("\"MUTTON\"", "\"RICE\""), null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("leadingIndustryCode", "leadEnterpriseCreditCode", "members[0].creditCode"))
                .body("errors.find { it.field == 'leadEnterpriseCreditCode' }.message", equalTo("测试联合体另一合作社 登记为农民合作社，牵头主体须为龙头企业"));
        send("POST", "county", COUNTY, "/api/v1/consortia", consortium("测试联合体", LEAD, member(COOP, "BASE") + "," + member(COOP, "UNDERTAKER"),
                line("PURCHASE", "花生秧", "0", "亩")), null).statusCode(400).body("errors.field", contains("links[0].quantity"));
        send("POST", "county", COUNTY, "/api/v1/consortia", consortium("测试联合体", LEAD, member(COOP, "BASE") + "," + member(COOP, "UNDERTAKER"), links),
                null).statusCode(400).body("errors.field", contains("members[1].creditCode"));
        send("POST", "county", COUNTY, "/api/v1/consortia", consortium("测试联合体", LEAD, members, links).replace("\"year\": " + YEAR, "\"year\": 2099"),
                null).statusCode(400).body("errors[0].field", equalTo("year"));
        send("POST", "county", COUNTY, "/api/v1/consortia", consortium("测试联合体", LEAD, members, links).replace(COUNTY, "410725901000"), null)
                .statusCode(400).body("errors[0].field", equalTo("countyCode"));
        // region scope: another county or a township cannot record for this county; an auditor records nothing
        send("POST", "county", OTHER_COUNTY, "/api/v1/consortia", consortium("测试联合体", LEAD, members, links), null).statusCode(403)
                .body("errors[0].field", equalTo("countyCode"));
        send("POST", "township", TOWNSHIP, "/api/v1/consortia", consortium("测试联合体", LEAD, members, links), null).statusCode(403);
        send("POST", "auditor", CITY, "/api/v1/consortia", consortium("测试联合体", LEAD, members, links), null).statusCode(403);

        String id = send("POST", "county", COUNTY, "/api/v1/consortia", consortium("原阳县测试肉羊联合体", LEAD, members, links), null).statusCode(201)
                .body("countyName", equalTo("原阳县")).body("leadingIndustryName", equalTo("肉羊养殖"))
                .body("leadEnterprise.levelLabel", equalTo("省级")).body("members.roleLabel", contains("承接主体", "生产基地"))
                .body("members.kindLabel", contains("农民合作社", "家庭农场")).body("links[1].kindLabel", equalTo("收购农户产品"))
                .body("financing[0].amount", equalTo(5000000.00f)).body("versionNo", equalTo(1)).extract().path("id");
        String path = "/api/v1/consortia/" + id;
        send("GET", "city", CITY, path, null, null).statusCode(200).header("ETag", "\"1\"");
        send("GET", "county", OTHER_COUNTY, path, null, null).statusCode(404).contentType("application/problem+json");
        send("GET", "village", VILLAGE, path, null, null).statusCode(404);
        // the city records for any county too; a replay with the same Idempotency-Key records it once
        String second = consortium("原阳县测试第二联合体", LEAD, member(COOP, "COLLABORATOR"), line("CONTRACT_FARMING", "肉羊", "4000", "只"))
                .replace("\"linkedHouseholds\": 300, ", "");
        String first = given().header("Authorization", bearer("city", CITY)).header("Idempotency-Key", "second-consortium").contentType(ContentType.JSON)
                .body(second).post("/api/v1/consortia").then().statusCode(201).body("linkedHouseholds", nullValue()).extract().path("id");
        given().header("Authorization", bearer("city", CITY)).header("Idempotency-Key", "second-consortium").contentType(ContentType.JSON)
                .body(second).post("/api/v1/consortia").then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));

        // lists: filters, pages, scope
        String list = "/api/v1/consortia?year=" + YEAR + "&countyCode=" + COUNTY;
        send("GET", "county", COUNTY, list + "&size=1&sort=name", null, null).statusCode(200).body("total", equalTo(2)).body("items", hasSize(1))
                .body("items[0].name", equalTo("原阳县测试第二联合体")).body("items[0].leadEnterpriseName", equalTo("原阳县测试联合体牵头食品有限公司"));
        send("GET", "county", COUNTY, list + "&leadingIndustryCode=PREPARED_MEALS", null, null).statusCode(200).body("total", equalTo(0));
        send("GET", "county", OTHER_COUNTY, list, null, null).statusCode(200).body("total", equalTo(0));
        send("GET", "county", COUNTY, "/api/v1/consortia?countyCode=4107", null, null).statusCode(400).body("errors[0].field", equalTo("countyCode"));

        // totals per county and year: households, and each product in its own unit
        send("GET", "auditor", CITY, "/api/v1/consortia/totals?year=" + YEAR, null, null).statusCode(200)
                .body("find { it.countyCode == '" + COUNTY + "' }.consortia", equalTo(2))
                .body("find { it.countyCode == '" + COUNTY + "' }.employedHouseholds", equalTo(240))
                .body("find { it.countyCode == '" + COUNTY + "' }.linkedHouseholds", equalTo(300))
                .body("find { it.countyCode == '" + COUNTY + "' }.links.find { it.product == '肉羊' }.quantity", equalTo(10000.00f))
                .body("find { it.countyCode == '" + COUNTY + "' }.links.find { it.product == '肉羊' }.households", equalTo(80))
                .body("find { it.countyCode == '" + COUNTY + "' }.links.find { it.product == '花生秧' }.unit", equalTo("亩"));
        send("GET", "county", OTHER_COUNTY, "/api/v1/consortia/totals?year=" + YEAR, null, null).statusCode(200).body("size()", equalTo(0));
        send("GET", "village", VILLAGE, "/api/v1/consortia/totals?countyCode=" + COUNTY, null, null).statusCode(200).body("size()", equalTo(0));

        // a correction: If-Match and a reason, the next version, every version readable
        String correction = consortium("原阳县测试肉羊联合体", LEAD, members, links).replace("\"countyCode\": \"" + COUNTY + "\", \"year\": " + YEAR + ", ", "")
                .replace("\"employedHouseholds\": 120", "\"employedHouseholds\": 150");
        correction = correction.substring(0, correction.lastIndexOf('}')) + ", \"reason\": \"务工人数按企业工资发放台账更正\"}";
        send("PUT", "county", COUNTY, path, correction, null).statusCode(428);
        send("PUT", "county", OTHER_COUNTY, path, correction, "\"1\"").statusCode(404);
        send("PUT", "county", COUNTY, path, correction.replace("务工人数按企业工资发放台账更正", ""), "\"1\"").statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        send("PUT", "county", COUNTY, path, correction, "\"1\"").statusCode(200).header("ETag", "\"2\"").body("employedHouseholds", equalTo(150))
                .body("versionNo", equalTo(2));
        send("PUT", "county", COUNTY, path, correction, "\"1\"").statusCode(412);
        send("GET", "auditor", CITY, path + "/versions", null, null).statusCode(200).body("versionNo", contains(1, 2))
                .body("[0].content.employedHouseholds", equalTo(120)).body("[0].current", equalTo(false))
                .body("[1].content.employedHouseholds", equalTo(150)).body("[1].reason", equalTo("务工人数按企业工资发放台账更正"));
        send("GET", "county", OTHER_COUNTY, path + "/versions", null, null).statusCode(404);

        // announced on the consortium's topic, keyed by its id: the record, then its correction
        ObjectMapper mapper = new ObjectMapper();
        Predicate<ConsumerRecord<String, String>> corrected = r -> id.equals(r.key()) && CloudEvent.parse(mapper, r.value()).data().path("version").asInt() == 2;
        var records = KafkaTestClient.readUntil("agri.consortium", rs -> rs.stream().anyMatch(corrected), Duration.ofSeconds(60));
        assertThat(records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(mapper, r.value()).data().get("version").asInt()))
                .containsSubsequence(1, 2);
        CloudEvent event = CloudEvent.parse(mapper, records.stream().filter(corrected).findFirst().orElseThrow().value());
        assertThat(event.type()).isEqualTo(ConsortiumEvents.CONSORTIUM_RECORDED_V1);
        assertThat(ContractSchemas.violations(event.type(), event.data())).isEmpty();
        assertThat(event.data().get("employedHouseholds").asInt()).isEqualTo(150);
        assertThat(event.data().get("members").get(1).get("kind").asText()).isEqualTo("FAMILY_FARM");
        assertThat(event.data().at("/correction/correctsVersion").asInt()).isEqualTo(1);
    }
}
