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

/** A recorded confirmation is corrected by the county as a new version with its reason, under the same ownership rules. */
@QuarkusTest
class ConfirmationCorrectionTest {

    static final String V = "410725902202";

    @Test
    void aConfirmationIsCorrectedAsANewVersion() {
        String asset = as("village", V).body("""
                {"name": "师寨二村冷库", "assetClass": "OPERATING", "value": 300000.00, "regionCode": "%s", "inServiceOn": "2024-01-01",
                 "funding": {"linkage": 300000.00, "otherFiscal": 0, "selfRaised": 0, "credit": 0}, "operatingMode": "SELF_RUN"}
                """.formatted(V)).post("/api/v1/assets").then().statusCode(201).extract().path("id");
        String path = "/api/v1/assets/" + asset;
        String fix = "{\"ownerType\": \"VILLAGE_COLLECTIVE\", \"ownerName\": \"师寨二村股份经济合作社\", \"ownershipNature\": \"COLLECTIVE\", "
                + "\"reason\": \"确权主体名称登记有误，按登记证书更正\"}";
        as("county", COUNTY).header("If-Match", etag("county", COUNTY, path)).body(fix).post(path + "/confirmation/corrections").then()
                .statusCode(409).body("type", equalTo("urn:agri:problem:not-confirmed"));
        as("county", COUNTY).header("If-Match", etag("county", COUNTY, path))
                .body("{\"ownerType\": \"VILLAGE_COLLECTIVE\", \"ownerName\": \"师寨二村村委会\", \"ownershipNature\": \"COLLECTIVE\"}")
                .post(path + "/confirmation").then().statusCode(200).body("ownerName", equalTo("师寨二村村委会"));

        String tag = etag("county", COUNTY, path);
        as("township", "410725902000").header("If-Match", tag).body(fix).post(path + "/confirmation/corrections").then().statusCode(403);
        as("county", COUNTY).header("If-Match", tag).body(fix.replace("\"reason\": \"确权主体名称登记有误，按登记证书更正\"", "\"reason\": \" \""))
                .post(path + "/confirmation/corrections").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        // the ownership rules hold for a correction too: a village's asset is collective
        as("county", COUNTY).header("If-Match", tag).body(fix.replace("\"COLLECTIVE\"", "\"STATE_OWNED\"")).post(path + "/confirmation/corrections")
                .then().statusCode(422);
        as("county", COUNTY).header("If-Match", tag).body(fix).post(path + "/confirmation/corrections").then().statusCode(200)
                .body("ownerName", equalTo("师寨二村股份经济合作社"));
        as("county", COUNTY).header("If-Match", tag).body(fix).post(path + "/confirmation/corrections").then().statusCode(412);

        as("auditor", CITY).get(path + "/confirmation/versions").then().statusCode(200).body("currentVersion", equalTo(2))
                .body("versions.versionNo", contains(1, 2)).body("versions.content.ownerName", contains("师寨二村村委会", "师寨二村股份经济合作社"))
                .body("versions[1].reason", containsString("登记证书")).body("versions[1].recordedTier", equalTo("COUNTY"));
        as("county", OTHER_COUNTY).get(path + "/confirmation/versions").then().statusCode(404);

        var records = KafkaTestClient.readUntil(EventTypes.topicOf(AssetEvents.AGGREGATE),
                rs -> rs.stream().filter(r -> asset.equals(r.key()) && r.value().contains(AssetEvents.CONFIRMED_V1)).count() >= 2,
                Duration.ofSeconds(30));
        var events = records.stream().filter(r -> asset.equals(r.key())).map(r -> CloudEvent.parse(MAPPER, r.value()))
                .filter(e -> e.type().equals(AssetEvents.CONFIRMED_V1)).toList();
        assertThat(events).hasSize(2).allSatisfy(e -> assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty());
        assertThat(events.get(1).data().get("version").asInt()).isEqualTo(2);
        assertThat(events.get(1).data().get("correction").get("correctsVersion").asInt()).isEqualTo(1);
        assertThat(events.get(1).data().get("confirmedAt").asText()).isEqualTo(events.get(0).data().get("confirmedAt").asText());
    }
}
