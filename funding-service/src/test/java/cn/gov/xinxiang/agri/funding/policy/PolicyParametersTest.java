package cn.gov.xinxiang.agri.funding.policy;

import cn.gov.xinxiang.agri.funding.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PolicyParametersTest {

    @Test
    void theSeededDefaultsAreDataWithTheirSourcesAndAnyoneReadsThem() {
        given().header("Authorization", bearer("village", Fixtures.YY_VILLAGE)).get("/api/v1/policy-parameters/2024")
                .then().statusCode(200).header("ETag", notNullValue())
                .body("industryShareFloor.value", equalTo(0.65f))
                .body("industryShareFloor.display", equalTo("65%"))
                .body("industryShareFloor.sourceDocument", containsString("市政协十三届二次会议第095号提案"))
                .body("industryShareFloor.sourceDocument", containsString("新农字〔2024〕34号"))
                .body("industryShareFloor.appliesFrom", equalTo(2023))
                .body("leadingShareFloor.display", equalTo("50%"))
                // the benchmark rate is asset-service's: funding no longer keeps a copy nobody read
                .body("bankBenchmarkRate", org.hamcrest.Matchers.nullValue())
                .body("negativeList.code", containsInAnyOrder("ADMINISTRATIVE_COSTS", "VEHICLES", "OFFICE_BUILDINGS",
                        "DEBT_REPAYMENT", "COVERING_LOSSES"))
                .body("negativeList[0].sourceDocument", containsString("财农〔2021〕19号"));
        // the uniform list (changed with the one-owner-per-number API): rows per key and the year they apply from
        // (one page of all of them: other tests add rows for their own years)
        given().header("Authorization", bearer("auditor", "410000000000")).get("/api/v1/policy-parameters?size=200")
                .then().statusCode(200).body("items.key", hasItems("funding.industry-share-floor", "funding.leading-share-floor"))
                .body("items.find { it.key == 'funding.industry-share-floor' }.appliesFrom", equalTo(2023))
                .body("items.find { it.key == 'funding.industry-share-floor' }.owner", equalTo("funding-service"));
        given().header("Authorization", bearer("auditor", "410000000000")).get("/api/v1/policy-parameters?year=2022")
                .then().statusCode(422).body("type", equalTo("urn:agri:problem:policy-year-not-covered"));
        given().header("Authorization", bearer("auditor", "410000000000")).get("/api/v1/policy-parameters/1999")
                .then().statusCode(400).body("errors[0].field", equalTo("fiscalYear"));
        given().header("Authorization", bearer("city", Fixtures.CITY)).get("/api/v1/policy-parameters/2099")
                .then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/policy-parameters/2024").then().statusCode(401);
    }

    @Test
    void onlyCityUsersMaintainThemWithIfMatch() {
        int year = Fixtures.freshYear();
        String body = Fixtures.policyJson("0.65", "0.5");
        for (String[] who : new String[][]{{"county", Fixtures.YUANYANG}, {"auditor", Fixtures.CITY}, {"village", Fixtures.YY_VILLAGE}}) {
            given().header("Authorization", bearer(who[0], who[1])).contentType(ContentType.JSON).body(body)
                    .put("/api/v1/policy-parameters/" + year).then().statusCode(403).contentType("application/problem+json");
        }
        given().header("Authorization", Fixtures.city()).get("/api/v1/policy-parameters/" + year).then().statusCode(404);

        String etag = given().header("Authorization", Fixtures.city()).contentType(ContentType.JSON).body(body)
                .put("/api/v1/policy-parameters/" + year).then().statusCode(201)
                .header("Location", containsString("/api/v1/policy-parameters/" + year))
                .body("negativeList.code", containsInAnyOrder("VEHICLES", "DEBT_REPAYMENT"))
                .extract().header("ETag");

        // Changing existing parameters needs the ETag: 428 without it, 412 with a stale one.
        String stricter = Fixtures.policyJson("0.7", "0.55");
        given().header("Authorization", Fixtures.city()).contentType(ContentType.JSON).body(stricter)
                .put("/api/v1/policy-parameters/" + year).then().statusCode(428);
        String next = given().header("Authorization", Fixtures.city()).header("If-Match", etag).contentType(ContentType.JSON).body(stricter)
                .put("/api/v1/policy-parameters/" + year).then().statusCode(200)
                .body("industryShareFloor.display", equalTo("70%")).body("leadingShareFloor.display", equalTo("55%"))
                .extract().header("ETag");
        given().header("Authorization", Fixtures.city()).header("If-Match", etag).contentType(ContentType.JSON).body(body)
                .put("/api/v1/policy-parameters/" + year).then().statusCode(412).body("type", equalTo("urn:agri:problem:stale-write"));
        given().header("Authorization", Fixtures.city()).get("/api/v1/policy-parameters/" + year)
                .then().statusCode(200).header("ETag", equalTo(next)).body("industryShareFloor.value", equalTo(0.7f));
    }

    @Test
    void badParametersAreAPreciseProblemAndChangeNothing() {
        int year = Fixtures.freshYear();
        given().header("Authorization", Fixtures.city()).contentType(ContentType.JSON)
                .body("""
                        {"industryShareFloor": {"value": 1.5, "sourceDocument": ""},
                         "leadingShareFloor": {"value": 0.1234567, "sourceDocument": "x"},
                         "negativeList": [{"code": "vehicles", "label": "x", "sourceDocument": "x"}]}
                        """)
                .put("/api/v1/policy-parameters/" + year).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:agri:problem:validation"))
                .body("errors.field", hasItems("industryShareFloor.value", "industryShareFloor.sourceDocument",
                        "leadingShareFloor.value"))
                // the platform names list elements "negativeList.code[0]" (see report): assert the field, not the spelling
                .body("errors.field", hasItem(allOf(containsString("negativeList"), containsString("code"))))
                .body("errors", hasSize(4));
        given().header("Authorization", Fixtures.city()).contentType(ContentType.JSON)
                .body(Fixtures.policyJson("0.65", "0.5").replace("DEBT_REPAYMENT", "VEHICLES"))
                .put("/api/v1/policy-parameters/" + year).then().statusCode(400).body("errors[0].field", equalTo("negativeList[1].code"));
        given().header("Authorization", Fixtures.city()).contentType(ContentType.JSON).body("{\"industryShareFloor\": ")
                .put("/api/v1/policy-parameters/" + year).then().statusCode(400).body("type", equalTo("urn:agri:problem:malformed-json"));
        given().header("Authorization", Fixtures.city()).get("/api/v1/policy-parameters/" + year).then().statusCode(404);
    }

    @Test
    void theBenchmarkRateIsRefusedWithWhereItMoved() {
        int year = Fixtures.freshYear();
        String withBenchmark = Fixtures.policyJson("0.65", "0.5")
                .replace("\"negativeList\"", "\"bankBenchmarkRate\": {\"value\": 0.015, \"sourceDocument\": \"x\"}, \"negativeList\"");
        given().header("Authorization", Fixtures.city()).contentType(ContentType.JSON).body(withBenchmark)
                .put("/api/v1/policy-parameters/" + year).then().statusCode(422).body("type", equalTo("urn:agri:problem:policy-moved"))
                .body("detail", containsString("asset.benchmark-rate")).body("errors[0].field", equalTo("bankBenchmarkRate"));
        given().header("Authorization", Fixtures.city()).get("/api/v1/policy-parameters/" + year).then().statusCode(404);
    }

    @Test
    void aYearsFloorsApplyFromThatYearOnThroughTheUniformApiToo() {
        int year = Fixtures.freshYear();
        Fixtures.policy(year);
        given().header("Authorization", Fixtures.city()).get("/api/v1/policy-parameters/funding.industry-share-floor/" + year)
                .then().statusCode(200).body("value", equalTo(0.65f)).body("sourceDocument", equalTo("测试文件：产业发展占比"));
        String tag = given().header("Authorization", Fixtures.city()).get("/api/v1/policy-parameters/funding.industry-share-floor/" + year)
                .then().extract().header("ETag");
        given().header("Authorization", Fixtures.city()).header("If-Match", tag).contentType(ContentType.JSON)
                .body("{\"value\": 0.68, \"sourceDocument\": \"新乡市衔接资金管理办法（测试）\"}")
                .put("/api/v1/policy-parameters/funding.industry-share-floor/" + year).then().statusCode(200);
        // the year view and the rules read the same row
        given().header("Authorization", Fixtures.city()).get("/api/v1/policy-parameters/" + year).then().statusCode(200)
                .body("industryShareFloor.display", equalTo("68%")).body("industryShareFloor.appliesFrom", equalTo(year));
    }
}
