package cn.gov.xinxiang.agri.asset.flow;

import cn.gov.xinxiang.agri.asset.custody.CustodyChain;
import cn.gov.xinxiang.agri.asset.custody.CustodyEntry;
import cn.gov.xinxiang.agri.asset.custody.CustodyService;
import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.EventTypes;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.gov.xinxiang.agri.asset.Api.*;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Tamper evidence without holes: besides an edited row (AcceptedProjectToCustodyTest), verification
 * reports deleted last entries, a chain recomputed after an edit, an edited or deleted anchor, and
 * current custodians the chain does not name, each with the first bad seq and a reason; a chain so
 * damaged is not extended. Like that test, this one switches the append-only trigger off to tamper,
 * as someone with DDL rights could.
 */
@QuarkusTest
class CustodyTamperEvidenceTest {

    static final String GIVER = "village-" + VILLAGE + "-custody-giver";
    static final String RECEIVER = "village-" + VILLAGE + "-custody-receiver";

    @Inject
    EntityManager em;

    @Inject
    CustodyService custody;

    static String path(String asset) {
        return "/api/v1/assets/" + asset + "/custody";
    }

    /** A registered village asset with all four custodians and one accepted village handover: entries 1-6. */
    static String assetWithChain(String name) {
        String id = as("village", VILLAGE).body("""
                {"name": "%s", "assetClass": "OPERATING", "value": 200000.00, "regionCode": "%s", "inServiceOn": "2024-01-01"}"""
                .formatted(name, VILLAGE)).post("/api/v1/assets").then().statusCode(201).extract().path("id");
        as("village", VILLAGE).get(path(id) + "/verify").then().statusCode(200).body("valid", equalTo(true)).body("entries", equalTo(0))
                .body("anchored", equalTo(true)).body("anchorHeadSeq", equalTo(0)).body("anchorHeadHash", equalTo(CustodyChain.GENESIS));
        String assign = "{\"unitName\": \"%s\", \"personName\": \"%s\"}";
        as("city", CITY).body(assign.formatted("新乡市农业农村局", "市级责任人")).put(path(id) + "/CITY").then().statusCode(201);
        as("county", COUNTY).body(assign.formatted("原阳县农业农村局", "县级责任人")).put(path(id) + "/COUNTY").then().statusCode(201);
        as("township", TOWNSHIP).body(assign.formatted("城关镇人民政府", "乡镇责任人")).put(path(id) + "/TOWNSHIP").then().statusCode(201);
        as("village", VILLAGE).body(assign.formatted("城关一村村民委员会", "村级责任人")).put(path(id) + "/VILLAGE").then().statusCode(201);
        String h = asSubject(GIVER, "village", VILLAGE).body(proposal("VILLAGE", RECEIVER, "王秀英")).post(path(id) + "/handovers")
                .then().statusCode(201).extract().path("id");
        asSubject(RECEIVER, "village", VILLAGE).header("If-Match", "*").post("/api/v1/handovers/" + h + "/accept").then().statusCode(200);
        return id;
    }

    static String proposal(String tier, String receiver, String person) {
        return """
                {"tier": "%s", "toUnit": "城关一村股份经济合作社", "toPerson": "%s", "toSubject": "%s", "note": "换届移交"}"""
                .formatted(tier, person, receiver);
    }

    /** Runs statements with the append-only trigger switched off, as someone with DDL rights could. */
    void tamper(UUID asset, String... statements) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("alter table custody_entry disable trigger custody_entry_no_update").executeUpdate();
            for (String sql : statements) {
                var q = em.createNativeQuery(sql);
                if (sql.contains("?1")) {
                    q.setParameter(1, asset);
                }
                q.executeUpdate();
            }
            em.createNativeQuery("alter table custody_entry enable trigger custody_entry_no_update").executeUpdate();
        });
    }

    /** Rewrites entry k's person and recomputes the hashes from k on: a consistent chain with no key behind it. */
    void recompute(UUID asset, int k) {
        List<CustodyEntry> entries = QuarkusTransaction.requiringNew().call(() -> CustodyEntry.<CustodyEntry>list("assetId = ?1 order by seq", asset));
        String prev = k == 1 ? CustodyChain.GENESIS : entries.get(k - 2).hash;
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("alter table custody_entry disable trigger custody_entry_no_update")
                .executeUpdate());
        for (CustodyEntry e : entries.subList(k - 1, entries.size())) {
            CustodyChain.Entry c = e.content();
            if (e.seq == k) {
                c = new CustodyChain.Entry(c.assetId(), c.seq(), c.kind(), c.tier(), c.regionCode(), c.unitName(), "冒名", c.handoverId(), c.actor(),
                        c.note(), c.occurredAt());
            }
            String hash = CustodyChain.hash(prev, c);
            String person = c.personName();
            String prevHash = prev;
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "update custody_entry set person_name = ?2, prev_hash = ?3, hash = ?4 where asset_id = ?1 and seq = ?5")
                    .setParameter(1, asset).setParameter(2, person).setParameter(3, prevHash).setParameter(4, hash).setParameter(5, e.seq)
                    .executeUpdate());
            prev = hash;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("alter table custody_entry enable trigger custody_entry_no_update")
                .executeUpdate());
    }

    /** The relay may deliver an event twice; count each once. */
    static java.util.function.Predicate<CloudEvent> distinctById() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return e -> seen.add(e.id());
    }

    String hashOf(UUID asset, int seq) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("select hash from custody_entry where asset_id = ?1 and seq = ?2")
                .setParameter(1, asset).setParameter(2, seq).getSingleResult().toString());
    }

    @Test
    void aValidChainStaysValidThroughHandoversAndItsHeadTravelsWithTheEvents() {
        String id = assetWithChain("验真资产");
        as("auditor", CITY).get(path(id) + "/verify").then().statusCode(200).body("valid", equalTo(true)).body("entries", equalTo(6))
                .body("fault", nullValue()).body("firstBrokenSeq", nullValue()).body("anchored", equalTo(true))
                .body("anchorHeadSeq", equalTo(6)).body("anchorHeadHash", equalTo(hashOf(UUID.fromString(id), 6)));
        // a handover the receiver refuses, then one it accepts: still valid, the head follows
        String back = asSubject(RECEIVER, "village", VILLAGE).body(proposal("VILLAGE", GIVER, "村级责任人")).post(path(id) + "/handovers")
                .then().statusCode(201).extract().path("id");
        asSubject(GIVER, "village", VILLAGE).header("If-Match", "*").body("{\"reason\": \"待核实\"}").post("/api/v1/handovers/" + back + "/refuse")
                .then().statusCode(200);
        String again = asSubject(RECEIVER, "village", VILLAGE).body(proposal("VILLAGE", GIVER, "村级责任人")).post(path(id) + "/handovers")
                .then().statusCode(201).extract().path("id");
        asSubject(GIVER, "village", VILLAGE).header("If-Match", "*").post("/api/v1/handovers/" + again + "/accept").then().statusCode(200);
        as("county", COUNTY).get(path(id) + "/verify").then().body("valid", equalTo(true)).body("entries", equalTo(10))
                .body("anchorHeadSeq", equalTo(10));
        as("county", OTHER_COUNTY).get(path(id) + "/verify").then().statusCode(404);

        // An auditor (or a service account) never answers a handover, even when a proposal names it as the receiver.
        String auditor = "auditor-city-li";
        String toAuditor = asSubject("township-" + TOWNSHIP + "-giver", "township", TOWNSHIP).body(proposal("TOWNSHIP", auditor, "李审计"))
                .post(path(id) + "/handovers").then().statusCode(201).extract().path("id");
        asSubject(auditor, "auditor", CITY).header("If-Match", "*").post("/api/v1/handovers/" + toAuditor + "/accept").then().statusCode(403)
                .contentType("application/problem+json");
        asSubject(auditor, "auditor", CITY).header("If-Match", "*").body("{\"reason\": \"审计不接收\"}")
                .post("/api/v1/handovers/" + toAuditor + "/refuse").then().statusCode(403);
        asSubject(auditor, "service", CITY).header("If-Match", "*").post("/api/v1/handovers/" + toAuditor + "/accept").then().statusCode(403);
        asSubject(auditor, "auditor", CITY).get("/api/v1/handovers/" + toAuditor).then().statusCode(200).body("status", equalTo("PROPOSED"));
        as("township", TOWNSHIP).get(path(id)).then().body("positions.find { it.tier == 'TOWNSHIP' }.personName", equalTo("乡镇责任人"));
        as("auditor", CITY).get(path(id) + "/verify").then().body("valid", equalTo(true)).body("entries", equalTo(11));

        // Each custody-changed event carries the head after it: a copy of the signed head outside this database.
        var records = KafkaTestClient.readUntil(EventTypes.topicOf(AssetEvents.AGGREGATE),
                rs -> rs.stream().filter(r -> id.equals(r.key()) && r.value().contains("\"HANDED_OVER\"")).count() >= 2, Duration.ofSeconds(30));
        List<CloudEvent> changed = records.stream().filter(r -> id.equals(r.key())).map(r -> CloudEvent.parse(MAPPER, r.value()))
                .filter(e -> e.type().equals(AssetEvents.CUSTODY_CHANGED_V1)).filter(distinctById()).toList();
        assertThat(changed).allSatisfy(e -> {
            assertThat(ContractSchemas.violations(e.type(), e.data())).isEmpty();
            assertThat(e.data().get("headHash").asText()).isEqualTo(e.data().get("entryHash").asText());
        });
        assertThat(changed.stream().map(e -> e.data().get("headSeq").asInt())).containsExactlyInAnyOrder(1, 2, 3, 4, 6, 10);
        assertThat(changed.stream().filter(e -> e.data().get("headSeq").asInt() == 10).findFirst().orElseThrow().data().get("headHash").asText())
                .isEqualTo(hashOf(UUID.fromString(id), 10));
    }

    @Test
    void deletedLastEntriesAreReportedFromTheFirstDeletedOneAndTheChainIsNotExtended() {
        String id = assetWithChain("截断资产");
        UUID asset = UUID.fromString(id);
        tamper(asset, "delete from custody_entry where asset_id = ?1 and seq > 4");
        as("county", COUNTY).get(path(id) + "/verify").then().statusCode(200).body("valid", equalTo(false)).body("entries", equalTo(4))
                .body("fault", equalTo("TRUNCATED")).body("firstBrokenSeq", equalTo(5))
                .body("reason", containsString("entries 5 to 6 were deleted")).body("anchorHeadSeq", equalTo(6));
        // signing a new head on top would hide the cut for good: the next custody change is refused
        asSubject(RECEIVER, "village", VILLAGE).body(proposal("VILLAGE", GIVER, "村级责任人")).post(path(id) + "/handovers")
                .then().statusCode(409).body("type", equalTo("urn:agri:problem:custody-chain-broken"));
        as("county", COUNTY).get(path(id) + "/verify").then().body("entries", equalTo(4)).body("firstBrokenSeq", equalTo(5));

        // the whole history deleted: still reported, from entry 1
        tamper(asset, "delete from custody_entry where asset_id = ?1");
        as("county", COUNTY).get(path(id) + "/verify").then().body("fault", equalTo("TRUNCATED")).body("firstBrokenSeq", equalTo(1))
                .body("entries", equalTo(0));
    }

    @Test
    void aChainRecomputedAfterAnEditIsReportedAtTheEditedEntryAndAMovedHeadIsAForgedAnchor() {
        String id = assetWithChain("重算资产");
        UUID asset = UUID.fromString(id);
        recompute(asset, 3);
        as("county", COUNTY).get(path(id) + "/verify").then().statusCode(200).body("valid", equalTo(false)).body("fault", equalTo("RECOMPUTED"))
                .body("firstBrokenSeq", equalTo(3)).body("reason", containsString("recomputed"));
        // make the head match the recomputed chain: without the key the anchor's signature no longer fits
        String forgedHead = hashOf(asset, 6);
        tamper(asset, "update custody_anchor set head_hash = '" + forgedHead + "' where asset_id = ?1");
        as("county", COUNTY).get(path(id) + "/verify").then().body("fault", equalTo("ANCHOR_FORGED")).body("firstBrokenSeq", nullValue())
                .body("reason", containsString("signature")).body("anchorHeadHash", equalTo(forgedHead));
        asSubject(RECEIVER, "village", VILLAGE).body(proposal("VILLAGE", GIVER, "村级责任人")).post(path(id) + "/handovers")
                .then().statusCode(409).body("type", equalTo("urn:agri:problem:custody-chain-broken"));
    }

    @Test
    void cutBackWithTheHeadMovedToMatchIsAForgedAnchorAndADeletedAnchorIsReported() {
        String id = assetWithChain("伪造锚点资产");
        UUID asset = UUID.fromString(id);
        String head4 = hashOf(asset, 4);
        tamper(asset, "delete from custody_entry where asset_id = ?1 and seq > 4",
                "update custody_anchor set head_seq = 4, head_hash = '" + head4 + "' where asset_id = ?1");
        as("county", COUNTY).get(path(id) + "/verify").then().body("valid", equalTo(false)).body("fault", equalTo("ANCHOR_FORGED"))
                .body("anchorHeadSeq", equalTo(4));
        tamper(asset, "delete from custody_anchor where asset_id = ?1");
        as("county", COUNTY).get(path(id) + "/verify").then().body("valid", equalTo(false)).body("fault", equalTo("UNANCHORED"))
                .body("anchored", equalTo(false)).body("anchorHeadSeq", nullValue()).body("reason", containsString("deleted"));
    }

    @Test
    void currentCustodiansThatTheChainDoesNotNameAreReported() {
        String id = assetWithChain("台账不符资产");
        UUID asset = UUID.fromString(id);
        tamper(asset, "update custody_position set person_name = '冒名' where asset_id = ?1 and tier = 'VILLAGE'");
        as("village", VILLAGE).get(path(id)).then().body("positions.find { it.tier == 'VILLAGE' }.personName", equalTo("冒名"));
        as("county", COUNTY).get(path(id) + "/verify").then().body("valid", equalTo(false)).body("fault", equalTo("POSITIONS_DIFFER"))
                .body("firstBrokenSeq", equalTo(6)).body("reason", containsString("王秀英"));
        tamper(asset, "update custody_position set person_name = '王秀英' where asset_id = ?1 and tier = 'VILLAGE'",
                "delete from custody_position where asset_id = ?1 and tier = 'TOWNSHIP'");
        as("county", COUNTY).get(path(id) + "/verify").then().body("fault", equalTo("POSITIONS_DIFFER")).body("firstBrokenSeq", equalTo(3));
    }

    @Test
    void theServedOpenApiDescribesWhatVerificationReports() {
        var doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertThat(doc.getString("paths.'/api/v1/assets/{id}/custody/verify'.get.description")).contains("TRUNCATED").contains("RECOMPUTED")
                .contains("ANCHOR_FORGED").contains("POSITIONS_DIFFER");
        assertThat(doc.getString("paths.'/api/v1/handovers/{handoverId}/accept'.post.description")).contains("auditor");
        assertThat(doc.getMap("components.schemas.ChainVerification.properties")).containsKeys("fault", "anchorHeadSeq", "anchorHeadHash", "anchored");
    }

    /** A chain begun before anchoring (migration V2): reported and frozen until an operator anchors it once. */
    @Test
    void aChainFromBeforeAnchoringIsUnanchoredUntilSignedOnce() {
        String id = assetWithChain("存量资产");
        UUID asset = UUID.fromString(id);
        // what V2 leaves behind: unsealed entries, the head pinned, no signature
        tamper(asset, "update custody_entry set seal = null where asset_id = ?1",
                "update custody_anchor set signature = null, sealed_from = 7 where asset_id = ?1");
        as("county", COUNTY).get(path(id) + "/verify").then().body("valid", equalTo(false)).body("fault", equalTo("UNANCHORED"))
                .body("anchored", equalTo(false)).body("reason", containsString("not signed"));
        asSubject(RECEIVER, "village", VILLAGE).body(proposal("VILLAGE", GIVER, "村级责任人")).post(path(id) + "/handovers").then().statusCode(409);

        int signed = QuarkusTransaction.requiringNew().call(() -> custody.signUnanchored());
        assertThat(signed).isGreaterThanOrEqualTo(1);
        as("county", COUNTY).get(path(id) + "/verify").then().body("valid", equalTo(true)).body("anchored", equalTo(true));
        String h = asSubject(RECEIVER, "village", VILLAGE).body(proposal("VILLAGE", GIVER, "村级责任人")).post(path(id) + "/handovers")
                .then().statusCode(201).extract().path("id");
        asSubject(GIVER, "village", VILLAGE).header("If-Match", "*").post("/api/v1/handovers/" + h + "/accept").then().statusCode(200);
        as("county", COUNTY).get(path(id) + "/verify").then().body("valid", equalTo(true)).body("entries", equalTo(8));
        // the unsealed part is still covered: a rewrite there shows at the first sealed entry after it
        recompute(asset, 2);
        as("county", COUNTY).get(path(id) + "/verify").then().body("fault", equalTo("RECOMPUTED")).body("firstBrokenSeq", equalTo(7));
    }
}
