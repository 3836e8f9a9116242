package cn.gov.xinxiang.agri.platform.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({"410000000000,PROVINCE", "410700000000,CITY", "410725000000,COUNTY", "410725901000,TOWNSHIP", "410725901201,VILLAGE"})
    void tierFollowsFromTheDigits(String code, Tier tier) {
        assertThat(RegionCode.of(code).tier()).isEqualTo(tier);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4107", "41070000000x", "4107000000001", "000000000000", "410700101000", "410725000201"})
    void malformedCodesAreRefused(String code) {
        assertThatThrownBy(() -> RegionCode.of(code)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RegionCode.parse(code)).isEmpty();
    }

    @Test
    void ancestorsRunFromProvinceToParent() {
        assertThat(RegionCode.of("410725901201").ancestors()).extracting(RegionCode::value)
                .containsExactly("410000000000", "410700000000", "410725000000", "410725901000");
        assertThat(RegionCode.of("410725901201").parent()).contains(RegionCode.of("410725901000"));
        assertThat(RegionCode.of("410000000000").parent()).isEmpty();
        assertThat(RegionCode.of("410725901201").at(Tier.COUNTY)).isEqualTo(RegionCode.of("410725000000"));
    }

    @Test
    void withinIsTheSubtreeAndNothingElse() {
        RegionCode village = RegionCode.of("410725901201");
        assertThat(village.isWithin(RegionCode.of("410700000000"))).isTrue();
        assertThat(village.isWithin(RegionCode.of("410725000000"))).isTrue();
        assertThat(village.isWithin(RegionCode.of("410725901000"))).isTrue();
        assertThat(village.isWithin(village)).isTrue();
        assertThat(village.isWithin(RegionCode.of("410725902000"))).isFalse();
        assertThat(village.isWithin(RegionCode.of("410725901202"))).isFalse();
        assertThat(village.isWithin(RegionCode.of("410726000000"))).isFalse();
        // a county code is not "within" a sibling whose digits it shares only in part
        assertThat(RegionCode.of("410782000000").isWithin(RegionCode.of("410781000000"))).isFalse();
    }
}
