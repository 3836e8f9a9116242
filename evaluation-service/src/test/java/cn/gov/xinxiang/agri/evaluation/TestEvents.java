package cn.gov.xinxiang.agri.evaluation;

import cn.gov.xinxiang.agri.contracts.CloudEvent;
import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.funding.AllocationMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.AllocationRevokedV1;
import cn.gov.xinxiang.agri.contracts.funding.FundingEvents;
import cn.gov.xinxiang.agri.contracts.funding.DisbursementMadeV1;
import cn.gov.xinxiang.agri.contracts.funding.ExpenditureRecordedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetConfirmedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetDisposedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.AssetIncomeRecordedV1;
import cn.gov.xinxiang.agri.contracts.asset.AssetRegisteredV1;
import cn.gov.xinxiang.agri.contracts.asset.DistributionRecordedV1;
import cn.gov.xinxiang.agri.contracts.project.ProjectResultsReportedV1;
import cn.gov.xinxiang.agri.contracts.policy.PolicyChangedV1;
import cn.gov.xinxiang.agri.contracts.policy.PolicyEvents;
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
        send(UUID.randomUUID().toString(), aggregate, key, type, payload);
    }

    static void send(String eventId, String aggregate, String key, String type, Object payload) {
        JsonNode data = MAPPER.valueToTree(payload);
        assertThat(ContractSchemas.violations(type, data)).as("test payload fits its contract").isEmpty();
        String value = new CloudEvent(eventId, "/test", type, key, Instant.parse("2025-06-01T00:00:00Z"), data)
                .toJson(MAPPER).toString();
        KafkaTestClient.send("agri." + aggregate, key, value);
    }

    /** A policy.changed.v1 as its owner publishes it (owner derived from the key's prefix). */
    public static void policy(String key, int appliesFrom, String value, String unit, long version, String source) {
        String owner = key.substring(0, key.indexOf('.')) + "-service";
        // the same key, year and version is the same event (id derived from them): sending it twice is a redelivery
        String id = UUID.nameUUIDFromBytes((key + "@" + appliesFrom + "#" + version).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        send(id, PolicyEvents.AGGREGATE, key, PolicyEvents.CHANGED_V1, new PolicyChangedV1(key, appliesFrom, new BigDecimal(value), unit, key,
                source, owner, version, "migration", Instant.parse("2024-07-26T00:00:00Z")));
    }

    private static final java.util.concurrent.atomic.AtomicBoolean POLICY_SENT = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The values project-, asset- and funding-service seed and announce at their start (version 0), as those services
     * would publish them; waits until evaluation-service has them. Once per test JVM.
     */
    public static void seededPolicy() {
        if (POLICY_SENT.compareAndSet(false, true)) {
            policy("asset.benchmark-rate", 2020, "0.015", "fraction", 0, "新农字〔2024〕34号：不低于同期银行基准利率");
            policy("asset.target-share-min", 2020, "0.70", "fraction", 0, "新农字〔2024〕34号：70%以上用于脱贫群众和监测对象");
            policy("asset.inventory-deadline-days", 2020, "30", "days", 0, "新农字〔2024〕34号：每半年盘点；30天为默认值");
            policy("funding.industry-share-floor", 2023, "0.65", "fraction", 0, "新农字〔2024〕34号：产业发展占比65%以上");
            policy("funding.leading-share-floor", 2023, "0.50", "fraction", 0, "新农字〔2024〕34号：主导产业50%以上");
            policy("project.min-working-mechanisms", 2021, "2", "count", 0, "新农字〔2024〕34号：至少2个以上联农带农方式发挥作用");
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                io.restassured.RestAssured.given().header("Authorization", cn.gov.xinxiang.agri.testing.TestTokens.bearer("auditor", "410700000000"))
                        .get("/api/v1/observed-policy-parameters?year=2024&size=200").then().statusCode(200)
                        .body("items.key", org.hamcrest.Matchers.hasItems("asset.benchmark-rate", "asset.target-share-min", "asset.inventory-deadline-days",
                                "funding.industry-share-floor", "funding.leading-share-floor", "project.min-working-mechanisms")));
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

    /** Results of a project for a year; each mechanism as "TYPE:povertyAlleviated:monitored:other:income". */
    public static void results(String projectId, int year, String village, String... mechanisms) {
        String county = village.substring(0, 6) + "000000";
        List<ProjectResultsReportedV1.MechanismResult> ms = java.util.Arrays.stream(mechanisms).map(m -> m.split(":"))
                .map(f -> new ProjectResultsReportedV1.MechanismResult(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        new BigDecimal(f[4]))).toList();
        send(ProjectEvents.AGGREGATE, projectId, ProjectEvents.RESULTS_REPORTED_V1, new ProjectResultsReportedV1(projectId, "XM-" + projectId.substring(0, 8),
                village, county, year, ms, "village-officer", Instant.parse((year + 1) + "-01-10T00:00:00Z")));
    }

    public static void disbursed(String allocationId, int year, String projectId, String county, String amount) {
        String id = UUID.randomUUID().toString();
        send(FundingEvents.AGGREGATE, allocationId, FundingEvents.DISBURSEMENT_MADE_V1, new DisbursementMadeV1(id, allocationId, projectId, year, county,
                new BigDecimal(amount), new BigDecimal(amount), java.time.LocalDate.of(year, 6, 1), Instant.parse(year + "-06-01T02:00:00Z")));
    }

    public static void spent(String allocationId, int year, String projectId, String county, String amount) {
        String id = UUID.randomUUID().toString();
        send(FundingEvents.AGGREGATE, allocationId, FundingEvents.EXPENDITURE_RECORDED_V1, new ExpenditureRecordedV1(id, allocationId, projectId, year, county,
                new BigDecimal(amount), new BigDecimal(amount), java.time.LocalDate.of(year, 7, 1), Instant.parse(year + "-07-01T02:00:00Z")));
    }

    public static String assetRegistered(String assetClass, String value, String region, String sourceProjectId, String registeredAt) {
        String id = UUID.randomUUID().toString();
        send(AssetEvents.AGGREGATE, id, AssetEvents.REGISTERED_V1, new AssetRegisteredV1(id, "资产" + id.substring(0, 4), assetClass, new BigDecimal(value),
                region, sourceProjectId, sourceProjectId == null ? "LEGACY" : "PROJECT", Instant.parse(registeredAt)));
        return id;
    }

    public static void assetConfirmed(String assetId, String assetClass, String value, String region, String confirmedAt) {
        send(AssetEvents.AGGREGATE, assetId, AssetEvents.CONFIRMED_V1, new AssetConfirmedV1(assetId, assetClass, new BigDecimal(value), region,
                "VILLAGE_COLLECTIVE", "村集体经济合作社", "COLLECTIVE", Instant.parse(confirmedAt)));
    }

    public static void disposed(String assetId, String region, String disposedAt) {
        send(AssetEvents.AGGREGATE, assetId, AssetEvents.DISPOSED_V1, new AssetDisposedV1(assetId, region, "AUCTION", "经营停滞，依规处置",
                "县乡村振兴局〔2024〕12号", new BigDecimal("20000.00"), "村集体经济合作社", Instant.parse(disposedAt)));
    }

    /** An inventory on a 500 000 asset: 2500.00 in the half-year (1.0% a year) when below, 6000.00 (2.4%) otherwise, as asset-service computes. */
    public static void income(String assetId, String region, String period, boolean below, String recordedAt) {
        send(AssetEvents.AGGREGATE, assetId, AssetEvents.INCOME_RECORDED_V1, new AssetIncomeRecordedV1(assetId, region, period,
                new BigDecimal(below ? "2500.00" : "6000.00"), new BigDecimal("500000.00"), below ? new BigDecimal("0.0100") : new BigDecimal("0.0240"),
                new BigDecimal("0.0150"), below, Instant.parse(recordedAt)));
    }

    public static void distribution(String village, String period, String income, String target) {
        String id = UUID.randomUUID().toString();
        BigDecimal in = new BigDecimal(income);
        BigDecimal t = new BigDecimal(target);
        send(AssetEvents.AGGREGATE, id, AssetEvents.DISTRIBUTION_RECORDED_V1, new DistributionRecordedV1(id, village, period, in, t,
                t.divide(in, 4, java.math.RoundingMode.HALF_UP), t, BigDecimal.ZERO.setScale(2), in.subtract(t), 12, Instant.parse("2025-02-01T02:00:00Z")));
    }

    /** A corrected inventory (version n+1 with its correction block), as asset-service sends it. */
    public static void incomeCorrected(String assetId, String region, String period, String income, String assetValue, boolean below,
                                       int version, String reason, String correctedAt) {
        BigDecimal in = new BigDecimal(income);
        BigDecimal value = new BigDecimal(assetValue);
        send(AssetEvents.AGGREGATE, assetId, AssetEvents.INCOME_RECORDED_V1, new AssetIncomeRecordedV1(assetId, region, period, in, value,
                in.multiply(BigDecimal.valueOf(2)).divide(value, 6, java.math.RoundingMode.DOWN), new BigDecimal("0.0150"), below,
                Instant.parse("2038-07-10T02:00:00Z"), version,
                new cn.gov.xinxiang.agri.contracts.Correction(version - 1, reason, "village-test", "VILLAGE", null, null, Instant.parse(correctedAt))));
    }

    /** One step of a distribution as asset-service's procedure sends it. */
    public static void distributionStep(String id, String village, String period, String step, String status, int version, String income,
                                        String target, String correctionReason) {
        BigDecimal in = new BigDecimal(income);
        BigDecimal t = new BigDecimal(target);
        send(AssetEvents.AGGREGATE, id, AssetEvents.DISTRIBUTION_STATUS_CHANGED_V1, new cn.gov.xinxiang.agri.contracts.asset.DistributionStatusChangedV1(
                id, village, period, step, status, version, in, in, BigDecimal.ZERO.setScale(2), null, t, t.divide(in, 6, java.math.RoundingMode.DOWN),
                new BigDecimal("0.70"), t, BigDecimal.ZERO.setScale(2), in.subtract(t), 5, null, "village-test", "VILLAGE",
                Instant.parse("2038-08-01T02:00:00Z"), correctionReason == null ? null
                : new cn.gov.xinxiang.agri.contracts.Correction(version - 1, correctionReason, "village-test", "VILLAGE", null, null,
                Instant.parse("2038-08-01T02:00:00Z"))));
    }
}
