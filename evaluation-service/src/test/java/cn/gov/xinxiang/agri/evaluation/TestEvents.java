package cn.gov.xinxiang.agri.evaluation;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.AllocationRevokedV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.contracts.household.HouseholdChangedV1;
import cn.gov.xinxiang.agri.contracts.household.HouseholdEvents;
import cn.gov.xinxiang.agri.contracts.project.ProjectAcceptedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectAdmittedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectEvents;
import cn.gov.xinxiang.agri.testing.KafkaTestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishes the other services' events exactly as their producers would (schema-checked CloudEvents). */
public final class TestEvents {

    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private TestEvents() {
    }

    /** Matches a JSON number by value, whatever its scale or JSON type (85, 85.0, 85.00). */
    public static org.hamcrest.Matcher<Object> num(String expected) {
        return new org.hamcrest.TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number n && new BigDecimal(n.toString()).compareTo(new BigDecimal(expected)) == 0;
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText("the number " + expected);
            }
        };
    }

    public static void send(String aggregate, String key, String type, Object payload) {
        JsonNode data = MAPPER.valueToTree(payload);
        assertThat(ContractSchemas.violations(type, data)).as("test payload fits its contract").isEmpty();
        String value = new CloudEvent(UUID.randomUUID().toString(), "/test", type, key, Instant.parse("2025-06-01T00:00:00Z"), data)
                .toJson(MAPPER).toString();
        KafkaTestClient.send("agri." + aggregate, key, value);
    }

    public static String admitted(int year, String village, String name, boolean leading, String... mechanisms) {
        String id = UUID.randomUUID().toString();
        String county = village.substring(0, 6) + "000000";
        List<ProjectAdmittedV1.Mechanism> ms = java.util.Arrays.stream(mechanisms)
                .map(m -> new ProjectAdmittedV1.Mechanism(m, 10, 5, 3, new BigDecimal("2000.00"))).toList();
        send(ProjectEvents.AGGREGATE, id, ProjectEvents.ADMITTED_V1, new ProjectAdmittedV1(id, "XM" + year + "-" + id.substring(0, 8), name, year,
                village, county, "GREEN_FOOD", leading, leading ? "PREPARED_MEALS" : null, new BigDecimal("1000000.00"),
                new BigDecimal("800000.00"), ms, Instant.parse("2025-04-01T00:00:00Z")));
        return id;
    }

    public static void accepted(String projectId, int year, String village, String name, String assetRef, String value) {
        send(ProjectEvents.AGGREGATE, projectId, ProjectEvents.ACCEPTED_V1, new ProjectAcceptedV1(projectId, "XM" + year + "-" + projectId.substring(0, 8),
                name, year, village, List.of(new ProjectAcceptedV1.FormedAsset(assetRef, name + "厂房", "OPERATING", new BigDecimal(value), village, null)),
                Instant.parse("2025-11-01T00:00:00Z")));
    }

    public static String allocation(int year, String projectId, String county, String use, String amount, boolean leading) {
        String id = UUID.randomUUID().toString();
        send(FundingEvents.AGGREGATE, id, FundingEvents.ALLOCATION_MADE_V1, new AllocationMadeV1(id, UUID.randomUUID().toString(), year, projectId,
                county, use, new BigDecimal(amount), leading, Instant.parse("2025-05-01T00:00:00Z")));
        return id;
    }

    public static void revoked(String allocationId, int year, String projectId, String county, String amount) {
        send(FundingEvents.AGGREGATE, allocationId, FundingEvents.ALLOCATION_REVOKED_V1, new AllocationRevokedV1(allocationId, projectId, year, county,
                new BigDecimal(amount), "项目调整", Instant.parse("2025-05-10T00:00:00Z")));
    }

    public static String household(String village, String category) {
        String id = UUID.randomUUID().toString();
        send(HouseholdEvents.AGGREGATE, id, HouseholdEvents.CHANGED_V1, new HouseholdChangedV1(id, "41072500" + id.substring(0, 6), village, "王某某",
                category, true, true, Instant.parse("2025-02-01T00:00:00Z")));
        return id;
    }
}
