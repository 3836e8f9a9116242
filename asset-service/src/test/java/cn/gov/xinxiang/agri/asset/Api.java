package cn.gov.xinxiang.agri.asset;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.util.UUID;

import static cn.gov.xinxiang.agri.testing.TestTokens.bearer;
import static cn.gov.xinxiang.agri.testing.TestTokens.token;
import static io.restassured.RestAssured.given;

/** Shorthands for the tests: a request as a role at a region, CloudEvent JSON, ETags. */
public final class Api {
    private Api() {
    }

    public static final String CITY = "410700000000";
    public static final String COUNTY = "410725000000";
    public static final String OTHER_COUNTY = "410726000000";
    public static final String TOWNSHIP = "410725901000";
    public static final String VILLAGE = "410725901201";
    public static final String OTHER_VILLAGE = "410725901202";

    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public static RequestSpecification as(String role, String region) {
        return given().header("Authorization", bearer(role, region)).contentType(ContentType.JSON);
    }

    public static RequestSpecification asSubject(String subject, String role, String region) {
        return given().header("Authorization", "Bearer " + token(subject, role, region)).contentType(ContentType.JSON);
    }

    public static String etag(String role, String region, String path) {
        return as(role, region).get(path).then().statusCode(200).extract().header("ETag");
    }

    public static String event(String type, String subject, Object data) {
        return new CloudEvent(UUID.randomUUID().toString(), "/project-service", type, subject, Instant.now(), MAPPER.valueToTree(data))
                .toJson(MAPPER).toString();
    }
}
