package cn.gov.xinxiang.agri.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads an evaluation's counted records through GET /api/v1/evaluations/{id}/records, page by page, and puts
 * them back beside each indicator of the evidence as the list the evidence once carried (table, the record's
 * fields, numeratorPart/denominatorPart where the rule has them): the tests that check numbers against the
 * records read the same records through the endpoint.
 */
public final class CountedRecordsClient {

    private CountedRecordsClient() {
    }

    static JsonNode json(String body) {
        try {
            return TestEvents.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String city() {
        return bearer("city", "410700000000");
    }

    /** An indicator's records, every page (small pages, so paging is exercised), as the flat maps the evidence once listed. */
    public static ArrayNode records(String evaluationId, String code) {
        ArrayNode out = TestEvents.MAPPER.createArrayNode();
        int page = 0;
        long total;
        do {
            JsonNode p = json(given().header("Authorization", city())
                    .get("/api/v1/evaluations/" + evaluationId + "/records?indicator=" + code + "&page=" + page + "&size=7")
                    .then().statusCode(200).extract().asString());
            total = p.get("total").asLong();
            for (JsonNode r : p.get("items")) {
                ObjectNode flat = TestEvents.MAPPER.createObjectNode();
                flat.put("table", r.get("table").asText());
                for (Iterator<Map.Entry<String, JsonNode>> it = r.get("detail").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> f = it.next();
                    flat.set(f.getKey(), f.getValue());
                }
                if (!r.get("numeratorPart").isNull()) {
                    flat.set("numeratorPart", r.get("numeratorPart"));
                }
                if (!r.get("denominatorPart").isNull()) {
                    flat.set("denominatorPart", r.get("denominatorPart"));
                }
                out.add(flat);
            }
            page++;
        } while ((long) page * 7 < total);
        assertThat(out).hasSize((int) total);
        return out;
    }

    /** A copy of an evaluation view's evidence with each indicator's records read from the endpoint (and their count checked). */
    public static JsonNode evidenceWithRecords(JsonNode view) {
        ObjectNode evidence = view.get("evidence").deepCopy();
        for (JsonNode i : evidence.get("indicators")) {
            ArrayNode rs = records(view.get("id").asText(), i.get("code").asText());
            assertThat(rs.size()).as(i.get("code").asText()).isEqualTo(i.get("recordCount").asInt());
            ((ObjectNode) i).set("records", rs);
        }
        return evidence;
    }

    /** Stores a draft of the subject's evaluation (POST) and returns its view. */
    public static JsonNode create(String type, String id, int year) {
        return json(given().header("Authorization", city()).contentType("application/json")
                .body("{\"subjectType\":\"" + type + "\",\"subjectId\":\"" + id + "\",\"fiscalYear\":" + year + "}")
                .post("/api/v1/evaluations").then().statusCode(201).extract().asString());
    }
}
