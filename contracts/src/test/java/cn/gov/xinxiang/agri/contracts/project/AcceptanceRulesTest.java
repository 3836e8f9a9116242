package cn.gov.xinxiang.agri.contracts.project;

import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules.Reason;
import cn.gov.xinxiang.agri.contracts.project.AcceptanceRules.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal of the shared acceptance rule, and the edges it must still accept. */
class AcceptanceRulesTest {

    static final String PROJECT_VILLAGE = "410725901201";
    static final String TOWNSHIP = "410725901000";
    static final String HOUSEHOLD = "7b1c2f3e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";

    static ProjectAcceptedV1.FormedAsset asset(String ref, String cls, String value, String location, String household) {
        return new ProjectAcceptedV1.FormedAsset(ref, "标准化羊舍", cls, value == null ? null : new BigDecimal(value), location, household);
    }

    static ProjectAcceptedV1 accepted(ProjectAcceptedV1.FormedAsset... assets) {
        return new ProjectAcceptedV1(UUID.randomUUID().toString(), "XM2025-410725-00042", "城关一村肉羊养殖扶贫车间", 2025, PROJECT_VILLAGE,
                new ArrayList<>(Arrays.asList(assets)), Instant.parse("2025-11-20T02:00:00Z"));
    }

    static ProjectAcceptedV1.FormedAsset good() {
        return asset("A1", "OPERATING", "1500000.00", PROJECT_VILLAGE, null);
    }

    @Test
    void aWellFormedAcceptanceAndItsEdgesPass() {
        assertThat(AcceptanceRules.check(accepted(
                good(),
                asset("A2", "PUBLIC_WELFARE", "0", TOWNSHIP, null),
                asset("A3", "HOUSEHOLD", "30000.5", PROJECT_VILLAGE, HOUSEHOLD),
                // another village and its township in the same county
                asset("A4", "OPERATING", "9999999999999999.99", "410725902201", null),
                asset("A5", "OPERATING", "10.500000", "410725902000", null),
                asset("x".repeat(100), "OPERATING", "1E+3", PROJECT_VILLAGE, null),
                new ProjectAcceptedV1.FormedAsset("A7", "名".repeat(200), "OPERATING", BigDecimal.ONE, PROJECT_VILLAGE, null)))).isEmpty();
        // no assets at all: nothing to take over, nothing refused
        assertThat(AcceptanceRules.check(accepted())).isEmpty();
    }

    static Stream<Arguments> refusedAssets() {
        return Stream.of(
                Arguments.of(asset(null, "OPERATING", "1.00", PROJECT_VILLAGE, null), "assetRef", Reason.ASSET_REF_INVALID),
                Arguments.of(asset(" ", "OPERATING", "1.00", PROJECT_VILLAGE, null), "assetRef", Reason.ASSET_REF_INVALID),
                Arguments.of(asset("x".repeat(101), "OPERATING", "1.00", PROJECT_VILLAGE, null), "assetRef", Reason.ASSET_REF_INVALID),
                Arguments.of(new ProjectAcceptedV1.FormedAsset("B", "", "OPERATING", BigDecimal.ONE, PROJECT_VILLAGE, null), "name", Reason.NAME_INVALID),
                Arguments.of(new ProjectAcceptedV1.FormedAsset("B", null, "OPERATING", BigDecimal.ONE, PROJECT_VILLAGE, null), "name", Reason.NAME_INVALID),
                // 201 characters, one of them outside the BMP: PostgreSQL counts code points
                Arguments.of(new ProjectAcceptedV1.FormedAsset("B", "名".repeat(199) + "𠀀𠀀", "OPERATING", BigDecimal.ONE, PROJECT_VILLAGE, null),
                        "name", Reason.NAME_INVALID),
                Arguments.of(asset("B", "LAND", "1.00", PROJECT_VILLAGE, null), "assetClass", Reason.CLASS_UNKNOWN),
                Arguments.of(asset("B", null, "1.00", PROJECT_VILLAGE, null), "assetClass", Reason.CLASS_UNKNOWN),
                Arguments.of(asset("B", "operating", "1.00", PROJECT_VILLAGE, null), "assetClass", Reason.CLASS_UNKNOWN),
                Arguments.of(asset("B", "OPERATING", null, PROJECT_VILLAGE, null), "value", Reason.VALUE_INVALID),
                Arguments.of(asset("B", "OPERATING", "-0.01", PROJECT_VILLAGE, null), "value", Reason.VALUE_INVALID),
                Arguments.of(asset("B", "OPERATING", "10.005", PROJECT_VILLAGE, null), "value", Reason.VALUE_INVALID),
                Arguments.of(asset("B", "OPERATING", "10000000000000000.00", PROJECT_VILLAGE, null), "value", Reason.VALUE_INVALID),
                Arguments.of(asset("B", "OPERATING", "1.00", "4107259012", null), "locationRegionCode", Reason.LOCATION_MALFORMED),
                Arguments.of(asset("B", "OPERATING", "1.00", null, null), "locationRegionCode", Reason.LOCATION_MALFORMED),
                Arguments.of(asset("B", "OPERATING", "1.00", "410725000201", null), "locationRegionCode", Reason.LOCATION_MALFORMED),
                Arguments.of(asset("B", "OPERATING", "1.00", "410725000000", null), "locationRegionCode", Reason.LOCATION_TIER),
                Arguments.of(asset("B", "PUBLIC_WELFARE", "1.00", "410725000000", null), "locationRegionCode", Reason.LOCATION_TIER),
                Arguments.of(asset("B", "OPERATING", "1.00", "410726901201", null), "locationRegionCode", Reason.LOCATION_OUTSIDE_PROJECT_COUNTY),
                Arguments.of(asset("B", "HOUSEHOLD", "1.00", PROJECT_VILLAGE, null), "householdId", Reason.HOUSEHOLD_MISSING),
                Arguments.of(asset("B", "HOUSEHOLD", "1.00", PROJECT_VILLAGE, "not-a-uuid"), "householdId", Reason.HOUSEHOLD_MALFORMED),
                // java.util.UUID would read this one; the rule wants the canonical form
                Arguments.of(asset("B", "HOUSEHOLD", "1.00", PROJECT_VILLAGE, "1-1-1-1-1"), "householdId", Reason.HOUSEHOLD_MALFORMED),
                Arguments.of(asset("B", "HOUSEHOLD", "1.00", TOWNSHIP, HOUSEHOLD), "locationRegionCode", Reason.HOUSEHOLD_ASSET_NOT_IN_VILLAGE),
                Arguments.of(asset("B", "OPERATING", "1.00", PROJECT_VILLAGE, HOUSEHOLD), "householdId", Reason.HOUSEHOLD_NOT_EXPECTED),
                Arguments.of(asset("A1", "OPERATING", "1.00", PROJECT_VILLAGE, null), "assetRef", Reason.ASSET_REF_DUPLICATE),
                Arguments.of(null, "", Reason.ASSET_MISSING));
    }

    /** The bad asset comes second, after a good one: the refusal names its index and nothing else is refused. */
    @ParameterizedTest
    @MethodSource("refusedAssets")
    void eachBrokenAssetIsRefusedWithItsFieldPath(ProjectAcceptedV1.FormedAsset bad, String field, Reason reason) {
        List<Refusal> refusals = AcceptanceRules.check(accepted(good(), bad));
        String path = field.isEmpty() ? "assets[1]" : "assets[1]." + field;
        assertThat(refusals).extracting(Refusal::field, Refusal::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(path, reason));
        assertThat(refusals.get(0).toString()).startsWith(path + ": ");
        assertTextedInBothLanguages(refusals.get(0));
    }

    /** Every refusal's key has a text in both bundles of this module, with a placeholder for each argument. */
    static void assertTextedInBothLanguages(Refusal r) {
        for (String language : List.of("zh", "en")) {
            java.util.Properties p = new java.util.Properties();
            try (var in = AcceptanceRules.class.getClassLoader().getResourceAsStream("i18n/messages_" + language + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            String text = p.getProperty(r.key());
            assertThat(text).as("%s text of %s", language, r).isNotBlank();
            for (int i = 0; i < r.args().size(); i++) {
                assertThat(text).as("%s text of %s", language, r).contains("{" + i + "}");
            }
        }
    }

    @Test
    void everyAssetReasonIsExercised() {
        Set<Reason> covered = refusedAssets().map(a -> (Reason) a.get()[2]).collect(Collectors.toCollection(() -> EnumSet.noneOf(Reason.class)));
        Set<Reason> projectLevel = EnumSet.of(Reason.PROJECT_ID_MALFORMED, Reason.PROJECT_CODE_INVALID, Reason.PROJECT_NAME_INVALID,
                Reason.PROJECT_REGION_INVALID, Reason.ACCEPTED_AT_MISSING, Reason.ASSETS_MISSING);
        assertThat(EnumSet.complementOf(EnumSet.copyOf(projectLevel))).isEqualTo(covered);
    }

    @Test
    void projectLevelFieldsAreChecked() {
        var broken = new ProjectAcceptedV1("p-1", "", "n".repeat(201), 2025, "410700000000", null, null);
        assertThat(AcceptanceRules.check(broken)).extracting(Refusal::field, Refusal::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("projectId", Reason.PROJECT_ID_MALFORMED),
                org.assertj.core.groups.Tuple.tuple("code", Reason.PROJECT_CODE_INVALID),
                org.assertj.core.groups.Tuple.tuple("name", Reason.PROJECT_NAME_INVALID),
                org.assertj.core.groups.Tuple.tuple("regionCode", Reason.PROJECT_REGION_INVALID),
                org.assertj.core.groups.Tuple.tuple("acceptedAt", Reason.ACCEPTED_AT_MISSING),
                org.assertj.core.groups.Tuple.tuple("assets", Reason.ASSETS_MISSING));
        var tooLongCode = new ProjectAcceptedV1(UUID.randomUUID().toString(), "X".repeat(41), "n", 2025, "4107259012", List.of(good()),
                Instant.now());
        assertThat(AcceptanceRules.check(tooLongCode)).extracting(Refusal::reason)
                .containsExactly(Reason.PROJECT_CODE_INVALID, Reason.PROJECT_REGION_INVALID);
    }

    @Test
    void severalFaultsOfOneAssetAreAllNamed() {
        var bad = asset("B", "HOUSEHOLD", "-1", "410725000000", null);
        assertThat(AcceptanceRules.check(accepted(bad))).extracting(Refusal::field, Refusal::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("assets[0].value", Reason.VALUE_INVALID),
                org.assertj.core.groups.Tuple.tuple("assets[0].locationRegionCode", Reason.LOCATION_TIER),
                org.assertj.core.groups.Tuple.tuple("assets[0].householdId", Reason.HOUSEHOLD_MISSING));
        // the city is outside the project's county and not a place an asset stands in
        assertThat(AcceptanceRules.check(accepted(asset("B", "PUBLIC_WELFARE", "1", "410700000000", null)))).extracting(Refusal::reason)
                .containsExactly(Reason.LOCATION_OUTSIDE_PROJECT_COUNTY, Reason.LOCATION_TIER);
        // a malformed location still reports the household fault it can see
        assertThat(AcceptanceRules.check(accepted(asset("B", "OPERATING", "1", "x", HOUSEHOLD)))).extracting(Refusal::reason)
                .containsExactly(Reason.LOCATION_MALFORMED, Reason.HOUSEHOLD_NOT_EXPECTED);
    }

    @Test
    void theLocationRuleStandsAloneForTheRegistersOwnRegistration() {
        assertThat(AcceptanceRules.location("OPERATING", TOWNSHIP, false)).isEmpty();
        assertThat(AcceptanceRules.location("HOUSEHOLD", PROJECT_VILLAGE, true)).isEmpty();
        assertThat(AcceptanceRules.location("OPERATING", "410725000000", false)).extracting(Refusal::field).containsExactly("locationRegionCode");
        assertThat(AcceptanceRules.location("OPERATING", PROJECT_VILLAGE, true)).extracting(Refusal::field).containsExactly("householdId");
    }
}
