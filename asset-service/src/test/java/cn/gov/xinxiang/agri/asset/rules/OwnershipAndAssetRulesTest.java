package cn.gov.xinxiang.agri.asset.rules;

import cn.gov.xinxiang.agri.asset.confirmation.OwnershipRules;
import cn.gov.xinxiang.agri.asset.register.AssetClass;
import cn.gov.xinxiang.agri.asset.register.AssetDtos;
import cn.gov.xinxiang.agri.asset.register.AssetRules;
import cn.gov.xinxiang.agri.asset.register.OperatingMode;
import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.asset.register.OwnershipNature;
import cn.gov.xinxiang.agri.platform.problem.ProblemException;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OwnershipAndAssetRulesTest {

    static final RegionCode VILLAGE = RegionCode.of("410725901201");
    static final RegionCode TOWNSHIP = RegionCode.of("410725901000");
    static final RegionCode COUNTY = RegionCode.of("410725000000");

    static void check(AssetClass cls, RegionCode location, UUID hh, OwnerType type, OwnershipNature nature, RegionCode ownerRegion, UUID ownerHh) {
        OwnershipRules.check(cls, location, hh, new OwnershipRules.Claim(type, nature, ownerRegion, ownerHh));
    }

    @Test
    void aVillageAssetIsCollectiveOnly() {
        assertThatCode(() -> check(AssetClass.OPERATING, VILLAGE, null, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.COLLECTIVE, VILLAGE, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(AssetClass.OPERATING, VILLAGE, null, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.STATE_OWNED, VILLAGE, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("must be collective")
                .extracting(e -> ((ProblemException) e).status()).isEqualTo(422);
        // a village of another township cannot own it
        assertThatThrownBy(() -> check(AssetClass.OPERATING, VILLAGE, null, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.COLLECTIVE,
                RegionCode.of("410725902201"), null)).hasMessageContaining("township where the asset stands");
    }

    @Test
    void countyDepartmentsAndTownshipsMayHoldStateOwnedAssetsOfTheirOwnPlace() {
        assertThatCode(() -> check(AssetClass.OPERATING, VILLAGE, null, OwnerType.COUNTY_DEPARTMENT, OwnershipNature.STATE_OWNED, COUNTY, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(AssetClass.PUBLIC_WELFARE, TOWNSHIP, null, OwnerType.TOWNSHIP, OwnershipNature.STATE_OWNED, TOWNSHIP, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(AssetClass.OPERATING, VILLAGE, null, OwnerType.TOWNSHIP, OwnershipNature.COLLECTIVE, TOWNSHIP, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(AssetClass.OPERATING, VILLAGE, null, OwnerType.TOWNSHIP, OwnershipNature.HOUSEHOLD, TOWNSHIP, null))
                .hasMessageContaining("state-owned or collective");
        assertThatThrownBy(() -> check(AssetClass.OPERATING, VILLAGE, null, OwnerType.COUNTY_DEPARTMENT, OwnershipNature.STATE_OWNED,
                RegionCode.of("410726000000"), null)).hasMessageContaining("410725000000");
    }

    @Test
    void householdAssetsBelongToTheirHousehold() {
        UUID hh = UUID.randomUUID();
        assertThatCode(() -> check(AssetClass.HOUSEHOLD, VILLAGE, hh, OwnerType.HOUSEHOLD, OwnershipNature.HOUSEHOLD, VILLAGE, hh))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> check(AssetClass.HOUSEHOLD, VILLAGE, hh, OwnerType.HOUSEHOLD, OwnershipNature.HOUSEHOLD, VILLAGE, UUID.randomUUID()))
                .hasMessageContaining("household it was formed for");
        assertThatThrownBy(() -> check(AssetClass.HOUSEHOLD, VILLAGE, hh, OwnerType.VILLAGE_COLLECTIVE, OwnershipNature.COLLECTIVE, VILLAGE, null))
                .hasMessageContaining("belongs to its household");
        assertThatThrownBy(() -> check(AssetClass.OPERATING, VILLAGE, null, OwnerType.HOUSEHOLD, OwnershipNature.HOUSEHOLD, VILLAGE, hh))
                .hasMessageContaining("only household assets");
    }

    @Test
    void fundingAddsUpAndContractsFitTheOperatingMode() {
        BigDecimal value = new BigDecimal("1000000.00");
        assertThatCode(() -> AssetRules.checkFunding(value, new AssetDtos.Funding(new BigDecimal("800000.00"), new BigDecimal("100000.00"),
                new BigDecimal("99999.99"), new BigDecimal("0.01")))).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssetRules.checkFunding(value, new AssetDtos.Funding(new BigDecimal("800000.00"), new BigDecimal("100000.00"),
                new BigDecimal("99999.99"), BigDecimal.ZERO))).hasMessageContaining("999999.99");
        var contract = new AssetDtos.Contract("某公司", LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), new BigDecimal("60000.00"));
        assertThatCode(() -> AssetRules.checkOperation(OperatingMode.LEASED, contract)).doesNotThrowAnyException();
        assertThatThrownBy(() -> AssetRules.checkOperation(OperatingMode.LEASED, null)).hasMessageContaining("needs its contract");
        assertThatThrownBy(() -> AssetRules.checkOperation(OperatingMode.SELF_RUN, contract)).hasMessageContaining("self-run");
        assertThatThrownBy(() -> AssetRules.checkOperation(OperatingMode.EQUITY,
                new AssetDtos.Contract("x", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), BigDecimal.ZERO))).hasMessageContaining("contract.end");
        assertThatThrownBy(() -> AssetRules.checkLocation(AssetClass.OPERATING, COUNTY, null)).hasMessageContaining("village or a township");
        assertThatThrownBy(() -> AssetRules.checkLocation(AssetClass.HOUSEHOLD, VILLAGE, null)).hasMessageContaining("names its household");
    }
}
