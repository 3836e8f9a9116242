package cn.gov.xinxiang.agri.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** An import test's wait for its job: the 202 with the job's Location, then the job polled until it has finished. */
public final class ImportJobs {

    private static final Set<String> FINISHED = Set.of("SUCCEEDED", "FAILED");
    private static final Duration POLL = Duration.ofMillis(100);

    private ImportJobs() {
    }

    /**
     * Checks that {@code accepted} is the 202 of an import ({@code Location: /api/v1/imports/...}) and polls that job
     * with {@code authorization} (the header value) until it has SUCCEEDED or FAILED; fails after {@code timeout}.
     */
    public static JsonPath finished(Response accepted, String authorization, Duration timeout) {
        accepted.then().statusCode(202).header("Location", containsString("/api/v1/imports/"));
        String location = accepted.header("Location");
        JsonPath job = accepted.jsonPath();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!FINISHED.contains(job.getString("status"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import job " + location + " still " + job.getString("status") + " after " + timeout);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            job = given().header("Authorization", authorization).get(location).then().statusCode(200).extract().jsonPath();
        }
        return job;
    }
}
