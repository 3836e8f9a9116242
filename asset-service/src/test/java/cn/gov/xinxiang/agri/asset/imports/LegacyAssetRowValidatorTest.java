package cn.gov.xinxiang.agri.asset.imports;

import cn.gov.xinxiang.agri.asset.register.OwnerType;
import cn.gov.xinxiang.agri.contracts.asset.AssetClass;
import cn.gov.xinxiang.agri.platform.i18n.Text;
import cn.gov.xinxiang.agri.platform.imports.ImportCaller;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.region.Tier;
import cn.gov.xinxiang.agri.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static cn.gov.xinxiang.agri.asset.imports.LegacyAssetColumns.*;
import static org.assertj.core.api.Assertions.assertThat;

class LegacyAssetRowValidatorTest {

    static final UUID HOUSEHOLD = UUID.fromString("00000000-0000-4000-8000-00000000a001");
    static final Set<String> KNOWN = Set.of("410725000000", "410725901000", "410725901201", "410725901202", "410726901201");

    static final LegacyAssetRowValidator.Lookups LOOKUPS = new LegacyAssetRowValidator.Lookups() {
        @Override
        public Optional<Text> regionProblem(RegionCode code) {
            if (code.value().equals("410725901202")) {
                return Optional.of(new Text("region.retired", "410725901202", "某村", "2026-01-01"));
            }
            return KNOWN.contains(code.value()) ? Optional.empty() : Optional.of(new Text("region.unknown", code.value()));
        }

        @Override
        public Optional<LegacyAssetRowValidator.Household> household(String no) {
            return no.equals("4107259012010001") ? Optional.of(new LegacyAssetRowValidator.Household(HOUSEHOLD, "410725901201")) : Optional.empty();
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2026, 12, 4);
        }
    };

    static final LegacyAssetRowValidator COUNTY = new LegacyAssetRowValidator(LOOKUPS,
            new ImportCaller("county-yuanyang", Role.COUNTY, RegionCode.of("410725000000")));

    static Map<String, String> good() {
        Map<String, String> m = new HashMap<>();
        m.put(LEGACY_NO, "YY-1");
        m.put(NAME, "肉羊养殖圈舍");
        m.put(ASSET_CLASS, "经营性");
        m.put(VALUE, "1500000");
        m.put(REGION, "410725901201");
        m.put(OWNER_TYPE, "村集体");
        m.put(OWNER_NAME, "城关一村股份经济合作社");
        m.put(NATURE, "集体所有");
        m.put(CONFIRMED_ON, "2020-05-20");
        m.put(DOC_NO, "原农确〔2020〕12号");
        m.put(unit(Tier.TOWNSHIP), "城关镇人民政府");
        m.put(person(Tier.TOWNSHIP), "赵强");
        m.put(unit(Tier.VILLAGE), "城关一村村民委员会");
        m.put(person(Tier.VILLAGE), "张伟");
        return m;
    }

    static LegacyAssetRowValidator.Result check(Map<String, String> cells) {
        return COUNTY.check(new ImportRow(5, cells));
    }

    @Test
    void aGoodRowIsNormalisedWithDefaultsAndItsCustodyChain() {
        var r = check(good());
        assertThat(r.errors()).isEmpty();
        LegacyAssetRow row = r.row();
        assertThat(row.assetClass()).isEqualTo(AssetClass.OPERATING);
        assertThat(row.value()).isEqualByComparingTo("1500000.00");
        assertThat(row.value().scale()).isEqualTo(2);
        assertThat(row.inServiceOn()).as("defaults to the confirmation date").isEqualTo(LocalDate.of(2020, 5, 20));
        assertThat(row.ownerRegionCode()).as("the village at the owner's tier").isEqualTo("410725901201");
        assertThat(row.custodians()).extracting(a -> a.tier() + "@" + a.regionCode())
                .containsExactly("TOWNSHIP@410725901000", "VILLAGE@410725901201");
        assertThat(row.key()).isEqualTo("410725901201|YY-1");
        assertThat(check(good()).row().digest()).isEqualTo(row.digest());
        Map<String, String> other = good();
        other.put(VALUE, "1500000.01");
        assertThat(check(other).row().digest()).isNotEqualTo(row.digest());
    }

    @Test
    void everyProblemOfTheRowIsReportedWithItsColumn() {
        Map<String, String> m = good();
        m.remove(NAME);
        m.put(ASSET_CLASS, "固定资产");
        m.put(VALUE, "-5");
        m.put(CONFIRMED_ON, "2027-01-01");
        m.put(PROJECT_YEAR, "2030");
        m.remove(person(Tier.VILLAGE));
        var r = check(m);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).extracting(ImportError::field)
                .containsExactlyInAnyOrder(NAME, ASSET_CLASS, VALUE, CONFIRMED_ON, PROJECT_YEAR, person(Tier.VILLAGE));
        assertThat(r.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(5));
        assertThat(r.errors()).filteredOn(e -> e.field().equals(NAME)).singleElement()
                .satisfies(e -> assertThat(e.column()).isEqualTo("资产名称"));
    }

    @Test
    void regionsMustBeKnownActiveWithinTheCallerAndAVillageOrTownship() {
        Map<String, String> m = good();
        m.put(REGION, "410725909201");
        assertThat(check(m).errors()).extracting(ImportError::message).containsExactly("未知区划 410725909201");
        m.put(REGION, "410725901202");
        assertThat(check(m).errors()).extracting(ImportError::message).allMatch(s -> s.contains("已于 2026-01-01 撤销"));
        m.put(REGION, "410726901201");
        assertThat(check(m).errors()).extracting(ImportError::message).allMatch(s -> s.contains("不在您的辖区"));
        m.put(REGION, "410725000000");
        assertThat(check(m).errors()).extracting(ImportError::message).allMatch(s -> s.contains("不得位于县一级"));
        // the city imports anywhere
        var city = new LegacyAssetRowValidator(LOOKUPS, new ImportCaller("city", Role.CITY, RegionCode.of("410700000000")));
        Map<String, String> elsewhere = good();
        elsewhere.put(REGION, "410726901201");
        assertThat(city.check(new ImportRow(2, elsewhere)).errors()).isEmpty();
    }

    @Test
    void ownershipFollowsTheConfirmationRules() {
        Map<String, String> m = good();
        m.put(NATURE, "国有");
        assertThat(check(m).errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo(OWNER_TYPE);
            assertThat(e.message()).contains("须为集体所有");
            assertThat(e.in(cn.gov.xinxiang.agri.platform.i18n.Language.EN).message()).contains("collective");
        });
        Map<String, String> township = good();
        township.put(REGION, "410725901000");
        township.put(OWNER_TYPE, "乡镇");
        township.put(NATURE, "国有");
        township.remove(unit(Tier.VILLAGE));
        township.remove(person(Tier.VILLAGE));
        var ok = check(township);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.row().ownerType()).isEqualTo(OwnerType.TOWNSHIP);
        assertThat(ok.row().ownerRegionCode()).isEqualTo("410725901000");
        // a township asset has no village custodian
        township.put(unit(Tier.VILLAGE), "某村");
        township.put(person(Tier.VILLAGE), "某人");
        assertThat(check(township).errors()).extracting(ImportError::field).containsExactly(unit(Tier.VILLAGE));
    }

    @Test
    void householdAssetsNameARosterHouseholdOfTheirVillage() {
        Map<String, String> m = good();
        m.put(ASSET_CLASS, "到户类");
        m.put(OWNER_TYPE, "农户");
        m.put(NATURE, "农户所有");
        assertThat(check(m).errors()).extracting(ImportError::field).containsExactly(HOUSEHOLD_NO);
        m.put(HOUSEHOLD_NO, "4107259012019999");
        assertThat(check(m).errors()).extracting(ImportError::message).allMatch(s -> s.contains("不在农户花名册中"));
        m.put(HOUSEHOLD_NO, "4107259012010001");
        var r = check(m);
        assertThat(r.errors()).isEmpty();
        assertThat(r.row().householdId()).isEqualTo(HOUSEHOLD);
        Map<String, String> operating = good();
        operating.put(HOUSEHOLD_NO, "4107259012010001");
        assertThat(check(operating).errors()).extracting(ImportError::field).containsExactly(HOUSEHOLD_NO);
    }

    @Test
    void custodiansComeInPairsAndTheTownshipIsRequired() {
        Map<String, String> m = good();
        m.remove(unit(Tier.TOWNSHIP));
        m.remove(person(Tier.TOWNSHIP));
        m.put(unit(Tier.CITY), "新乡市农业农村局");
        assertThat(check(m).errors()).extracting(ImportError::field)
                .containsExactlyInAnyOrder(unit(Tier.TOWNSHIP), person(Tier.TOWNSHIP), person(Tier.CITY));
    }
}
