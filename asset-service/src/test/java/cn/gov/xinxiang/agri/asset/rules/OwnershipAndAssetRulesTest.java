package cn.gov.xinxiang.agri.asset.rules;

import cn.gov.xinxiang.agri.asset.confirmation.OwnershipRules;
import cn.gov.xinxiang.agri.asset.register.AssetDtos;
import cn.gov.xinxiang.agri.asset.register.AssetRules;
import cn.gov.xinxiang.agri.asset.register.AssetStatus;
import cn.gov.xinxiang.agri.asset.register.OperatingMode;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OwnershipAndAssetRulesTest {

    static final RegionCode VILLAGE = RegionCode.of("410725901201");
    static final RegionCode TOWNSHIP = RegionCode.of("410725901000");
    static final RegionCode COUNTY = RegionCode.of("410725000000");

    static Decision<OwnershipRules.Claim> check(AssetClass cls, RegionCode location, UUID hh, OwnerType type, OwnershipNature nature,
                                                RegionCode ownerRegion, UUID ownerHh) {
        return OwnershipRules.decide(cls, location, hh, new OwnershipRules.Claim(type, nature, ownerRegion, ownerHh));
    }

    /** The one violation of a refused decision. */
    static Violation violation(Decision<?> d) {
        assertThat(d.allowed()).as("refused: " + d).isFalse();
        assertThat(d.violations()).hasSize(1);
        return d.violations().get(0);
    }

    /** The refusal's text as an English reader sees it. */
    static String refusal(Decision<?> d) {
        return violation(d).text().in(Language.EN);
    }

    @Test
    void aVillageAssetIsCollectiveOnly() {
        assertThat(check(AssetClass.OPERATING, VILLAGE, null, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.COLLECTIVE, VILLAGE, null).allowed()).isTrue();
        var notCollective = check(AssetClass.OPERATING, VILLAGE, null, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.STATE_OWNED, VILLAGE, null);
        assertThat(refusal(notCollective)).contains("must be collective");
        assertThat(violation(notCollective).kind()).isEqualTo(Violation.Kind.BROKEN_RULE);
        assertThat(violation(notCollective).slug()).isEqualTo("ownership-rule");
        // a village of another township cannot own it
        assertThat(refusal(check(AssetClass.OPERATING, VILLAGE, null, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.COLLECTIVE,
                RegionCode.of("410725902201"), null))).contains("township where the asset stands");
        assertThat(violation(check(AssetClass.OPERATING, VILLAGE, null, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.COLLECTIVE,
                RegionCode.of("410725902201"), null)).field()).isEqualTo("ownerRegionCode");
    }

    @Test
    void countyDepartmentsAndTownshipsMayHoldStateOwnedAssetsOfTheirOwnPlace() {
        assertThat(check(AssetClass.OPERATING, VILLAGE, null, OwnerType.COUNTY_DEPARTMENT, OwnershipNature.STATE_OWNED, COUNTY, null).allowed()).isTrue();
        assertThat(check(AssetClass.PUBLIC_WELFARE, TOWNSHIP, null, OwnerType.TOWNSHIP, OwnershipNature.STATE_OWNED, TOWNSHIP, null).allowed()).isTrue();
        assertThat(check(AssetClass.OPERATING, VILLAGE, null, OwnerType.TOWNSHIP, OwnershipNature.COLLECTIVE, TOWNSHIP, null).allowed()).isTrue();
        assertThat(refusal(check(AssetClass.OPERATING, VILLAGE, null, OwnerType.TOWNSHIP, OwnershipNature.HOUSEHOLD, TOWNSHIP, null))).contains("state-owned or collective");
        assertThat(refusal(check(AssetClass.OPERATING, VILLAGE, null, OwnerType.COUNTY_DEPARTMENT, OwnershipNature.STATE_OWNED,
                RegionCode.of("410726000000"), null))).contains("410725000000");
    }

    @Test
    void householdAssetsBelongToTheirHousehold() {
        UUID hh = UUID.randomUUID();
        assertThat(check(AssetClass.HOUSEHOLD, VILLAGE, hh, OwnerType.HOUSEHOLD, OwnershipNature.HOUSEHOLD, VILLAGE, hh).allowed()).isTrue();
        assertThat(refusal(check(AssetClass.HOUSEHOLD, VILLAGE, hh, OwnerType.HOUSEHOLD, OwnershipNature.HOUSEHOLD, VILLAGE, UUID.randomUUID()))).contains("household it was formed for");
        assertThat(refusal(check(AssetClass.HOUSEHOLD, VILLAGE, hh, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.COLLECTIVE, VILLAGE, null))).contains("belongs to its household");
        assertThat(refusal(check(AssetClass.OPERATING, VILLAGE, null, OwnerType.HOUSEHOLD, OwnershipNature.HOUSEHOLD, VILLAGE, hh))).contains("only household assets");
    }

    static final BigDecimal VALUE = new BigDecimal("1000000.00");

    static Decision<AssetRules.Operation> funding(String credit) {
        return AssetRules.operation(VALUE, new AssetDtos.Funding(new BigDecimal("800000.00"), new BigDecimal("100000.00"),
                new BigDecimal("99999.99"), new BigDecimal(credit)), null, null);
    }

    @Test
    void fundingAddsUpAndContractsFitTheOperatingMode() {
        assertThat(funding("0.01").allowed()).isTrue();
        assertThat(refusal(funding("0"))).contains("999999.99");
        assertThat(violation(funding("0")).field()).isEqualTo("funding");
        var contract = new AssetDtos.Contract("某公司", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), new BigDecimal("60000.00"));
        assertThat(AssetRules.operation(VALUE, null, OperatingMode.LEASED, contract).change().contract()).isEqualTo(contract);
        assertThat(AssetRules.operation(VALUE, null, OperatingMode.SELF_RUN, null).allowed()).isTrue();
        assertThat(refusal(AssetRules.operation(VALUE, null, OperatingMode.LEASED, null))).contains("needs its contract");
        assertThat(refusal(AssetRules.operation(VALUE, null, OperatingMode.SELF_RUN, contract))).contains("self-run");
        assertThat(violation(AssetRules.operation(VALUE, null, null, contract)).field()).isEqualTo("operatingMode");
        assertThat(violation(AssetRules.operation(VALUE, null, OperatingMode.EQUITY,
                new AssetDtos.Contract("x", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), BigDecimal.ZERO))).field()).isEqualTo("contract.end");
        // the funding is checked before the contract
        assertThat(violation(AssetRules.operation(VALUE, new AssetDtos.Funding(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO),
                OperatingMode.LEASED, null)).field()).isEqualTo("funding");
    }

    @Test
    void assetsStandInAVillageOrATownshipAndAreInServiceAlready() {
        assertThat(AssetRules.location(AssetClass.OPERATING, VILLAGE, null).change()).isEqualTo(VILLAGE);
        assertThat(AssetRules.location(AssetClass.PUBLIC_WELFARE, TOWNSHIP, null).allowed()).isTrue();
        assertThat(refusal(AssetRules.location(AssetClass.OPERATING, COUNTY, null))).contains("village or a township");
        assertThat(violation(AssetRules.location(AssetClass.OPERATING, COUNTY, null)).field()).isEqualTo("regionCode");
        assertThat(refusal(AssetRules.location(AssetClass.HOUSEHOLD, VILLAGE, null))).contains("names its household");

        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(AssetRules.inService(today, today).allowed()).isTrue();
        assertThat(violation(AssetRules.inService(today.plusDays(1), today)).field()).isEqualTo("inServiceOn");
    }

    @Test
    void aDisposedAssetIsNeitherOperatedNorConfirmedAgain() {
        assertThat(AssetRules.operated(AssetStatus.CONFIRMED).allowed()).isTrue();
        assertThat(violation(AssetRules.operated(AssetStatus.DISPOSED)).slug()).isEqualTo("asset-disposed");
        UUID id = UUID.randomUUID();
        assertThat(OwnershipRules.confirmable(id, AssetStatus.UNCONFIRMED).allowed()).isTrue();
        assertThat(violation(OwnershipRules.confirmable(id, AssetStatus.CONFIRMED)).slug()).isEqualTo("already-confirmed");
        assertThat(violation(OwnershipRules.confirmable(id, AssetStatus.DISPOSED)).kind()).isEqualTo(Violation.Kind.WRONG_STATE);
        assertThat(OwnershipRules.correctable(id, AssetStatus.CONFIRMED, OwnerType.TOWNSHIP).allowed()).isTrue();
        assertThat(violation(OwnershipRules.correctable(id, AssetStatus.UNCONFIRMED, null)).slug()).isEqualTo("not-confirmed");
        assertThat(OwnershipRules.correctable(id, AssetStatus.DISPOSED, null).allowed()).isFalse();
    }

    @Test
    void aRequestsDivisionCodeIsTwelveDigitsOfTheSchemeElseA400OnItsField() {
        assertThat(AssetRules.divisionCode("regionCode", "410725901201").change()).isEqualTo(VILLAGE);
        for (String bad : new String[] {null, "", "41072590120", "4107259012011", "41072590120x"}) {
            Violation v = violation(AssetRules.divisionCode("ownerRegionCode", bad));
            assertThat(v.kind()).as(String.valueOf(bad)).isEqualTo(Violation.Kind.INVALID_FIELD);
            assertThat(v.field()).isEqualTo("ownerRegionCode");
            assertThat(v.text().key()).isEqualTo("region.code-format");
        }
    }

    @Test
    void aUserRegistersAssetsOnlyInTheirOwnRegion() {
        assertThat(AssetRules.inOwnRegion(VILLAGE, true).change()).isEqualTo(VILLAGE);
        Violation v = violation(AssetRules.inOwnRegion(VILLAGE, false));
        assertThat(v.kind()).isEqualTo(Violation.Kind.FORBIDDEN);
        assertThat(v.slug()).isEqualTo("forbidden");
        assertThat(v.text().key()).isEqualTo("asset.own-region-only");
    }
}
