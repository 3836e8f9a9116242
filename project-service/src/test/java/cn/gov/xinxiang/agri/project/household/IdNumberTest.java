package cn.gov.xinxiang.agri.project.household;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberTest {

    @Test
    void checksAndMasks() {
        assertThat(IdNumber.isValid("11010519491231002X")).isTrue(); // the example of GB 11643
        assertThat(IdNumber.isValid("11010519491231002x")).isTrue();
        assertThat(IdNumber.isValid("110105194912310021")).isFalse();
        assertThat(IdNumber.isValid("1101051949123100")).isFalse();
        assertThat(IdNumber.isValid("41072519800101123A")).isFalse();
        assertThat(IdNumber.mask("11010519491231002x")).isEqualTo("110105********002X");
        assertThat(IdNumber.isMasked("110105********002X")).isTrue();
        assertThat(IdNumber.isMasked("11010519491231002X")).isFalse();
    }
}
