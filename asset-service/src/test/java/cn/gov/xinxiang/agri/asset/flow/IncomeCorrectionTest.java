package cn.gov.xinxiang.agri.asset.flow;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** An income inventory is corrected as a new version with its reason; the old one stays readable; the event carries the correction. */
@QuarkusTest
class IncomeCorrectionTest {

    static final String V = "410725902202"; // 师寨二村（样例）, used by no other test
    static final String T = "410725902000";

    @Test
    void anInventoryIsCorrectedAsANewVersionWithItsReason() {
        String asset = as("village", V).body("""
                {"name": "师寨二村温室大棚", "assetClass": "OPERATING", "value": 1000000.00, "regionCode": "%s", "inServiceOn": "2024-01-01",
                 "funding": {"linkage": 1000000.00, "otherFiscal": 0, "selfRaised": 0, "credit": 0}, "operatingMode": "SELF_RUN"}
                """.formatted(V)).post("/api/v1/assets").then().statusCode(201).extract().path("id");
        String base = "/api/v1/assets/" + asset + "/income";
        as("village", V).body("{\"period\": \"2025H1\", \"income\": 5000.00, \"note\": \"租金到账\"}").post(base).then().statusCode(201)
                .body("versionNo", equalTo(1)).body("belowBenchmark", equalTo(true));
        String path = base + "/2025H1";
        String tag = etag("village", V, path);
        assertThat(tag).isEqualTo("\"1\"");
        String fix = "{\"income\": 10000.00, \"reason\": \"下半年租金5000元记入上半年，按租赁合同和银行回单更正\"}";

        as("village", V).body(fix).post(path + "/corrections").then().statusCode(428);
        as("county", COUNTY).header("If-Match", tag).body(fix).post(path + "/corrections").then().statusCode(403);
        as("village", OTHER_VILLAGE).header("If-Match", tag).body(fix).post(path + "/corrections").then().statusCode(404);
        as("village", V).header("If-Match", tag).body("{\"income\": 10000.00, \"reason\": \"\"}").post(path + "/corrections").then()
                .statusCode(400).body("errors[0].field", equalTo("reason"));
        as("village", V).header("If-Match", tag).body(fix).post(base + "/2025H2/corrections").then().statusCode(404);

        as("township", T).header("If-Match", tag).body(fix).post(path + "/corrections").then().statusCode(200)
                .header("ETag", "\"2\"").body("versionNo", equalTo(2)).body("income", equalTo(10000.00f)).body("belowBenchmark", equalTo(false))
                .body("note", equalTo("租金到账")).body("correctedAt", org.hamcrest.Matchers.notNullValue());
        as("village", V).header("If-Match", tag).body(fix).post(path + "/corrections").then().statusCode(412);
        as("village", V).get(base).then().statusCode(200).body("size()", equalTo(1)).body("[0].income", equalTo(10000.00f));

        as("auditor", CITY).get(path + "/versions").then().statusCode(200).body("kind", equalTo("INCOME")).body("currentVersion", equalTo(2))
                .body("versions.versionNo", contains(1, 2))
                .body("versions[0].content.income", equalTo(5000.00f)).body("versions[0].content.belowBenchmark", equalTo(true))
                .body("versions[0].reason", nullValue()).body("versions[0].recordedTier", equalTo("VILLAGE"))
                .body("versions[1].content.income", equalTo(10000.00f)).body("versions[1].reason", containsString("银行回单"))
                .body("versions[1].recordedTier", equalTo("TOWNSHIP"));
        as("village", OTHER_VILLAGE).get(path + "/versions").then().statusCode(404);

        var records = KafkaTestClient.readUntil(EventTypes.topicOf(AssetEvents.AGGREGATE),
                rs -> rs.stream().filter(r -> asset.equals(r.key()) && r.value().contains(AssetEvents.INCOME_RECORDED_V1)).count() >= 2,
                Duration.ofSeconds(30));
        var events = records.stream().filter(r -> asset.equals(r.key())).map(r -> CloudEvent.parse(MAPPER, r.value()))
                .filter(e -> e.type().equals(AssetEvents.INCOME_RECORDED_V1)).toList();
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty());
        assertThat(events.get(0).data().get("version").asInt()).isEqualTo(1);
        assertThat(events.get(0).data().has("correction")).isFalse();
        var corrected = events.get(1).data();
        assertThat(corrected.get("version").asInt()).isEqualTo(2);
        assertThat(corrected.get("income").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(corrected.get("correction").get("correctsVersion").asInt()).isEqualTo(1);
        assertThat(corrected.get("correction").get("reason").asText()).contains("银行回单");
        assertThat(corrected.get("correction").get("byTier").asText()).isEqualTo("TOWNSHIP");
    }
}
