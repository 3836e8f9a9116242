package cn.gov.xinxiang.agri.contracts.region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DivisionCodeTest {

    @ParameterizedTest
    @CsvSource({"410000000000,PROVINCE", "410700000000,CITY", "410725000000,COUNTY", "410725901000,TOWNSHIP", "410725901201,VILLAGE"})
    void theLevelFollowsFromTheDigits(String code, DivisionCode.Level level) {
        assertThat(DivisionCode.isValid(code)).isTrue();
        assertThat(DivisionCode.level(code)).isEqualTo(level);
        assertThat(DivisionCode.prefix(code)).hasSize(level.significantDigits);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4107", "41070000000x", "4107000000001", "４１０７２５９０１２０１", "000000000000", "410700101000", "410725000201"})
    void malformedCodesAreNamed(String code) {
        assertThat(DivisionCode.problem(code)).isPresent();
        assertThatThrownBy(() -> DivisionCode.level(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ancestorsAndContainment() {
        assertThat(DivisionCode.at("410725901201", DivisionCode.Level.COUNTY)).isEqualTo("410725000000");
        assertThat(DivisionCode.at("410725901201", DivisionCode.Level.VILLAGE)).isEqualTo("410725901201");
        assertThatThrownBy(() -> DivisionCode.at("410725000000", DivisionCode.Level.TOWNSHIP)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DivisionCode.isWithin("410725901201", "410725000000")).isTrue();
        assertThat(DivisionCode.isWithin("410725901201", "410725901201")).isTrue();
        assertThat(DivisionCode.isWithin("410726901201", "410725000000")).isFalse();
        assertThat(DivisionCode.isWithin("410782000000", "410781000000")).isFalse();
        assertThat(DivisionCode.isWithin("410725000000", "410725901000")).isFalse();
    }
}
