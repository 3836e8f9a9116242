package cn.gov.xinxiang.agri.platform.codes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodeNamesTest {

    enum Colour { RED, GREEN }

    enum Half { ONE }

    final CodeNames names = CodeNames.load(CodeNamesTest.class.getClassLoader());

    @Test
    void anEnumBecomesAListInDeclarationOrderWithBothNames() {
        CodeList list = names.of("colours", Colour.class, c -> c == Colour.RED ? List.of("GREEN") : List.of());
        assertThat(list.zh()).isEqualTo("颜色");
        assertThat(list.en()).isEqualTo("Colours");
        assertThat(list.codes()).extracting(CodeList.Entry::code).containsExactly("RED", "GREEN");
        assertThat(list.codes()).extracting(CodeList.Entry::zh).containsExactly("红", "绿");
        assertThat(list.codes()).extracting(CodeList.Entry::order).containsExactly(1, 2);
        assertThat(list.codes().get(0).next()).containsExactly("GREEN");
    }

    @Test
    void aCodeWithoutItsEnglishNameIsRefusedNamingTheKeyAndTheFile() {
        assertThatThrownBy(() -> names.of("half", Half.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'half.ONE'").hasMessageContaining("codes_en.properties");
    }

    @Test
    void aListWithoutAnyNameIsRefused() {
        assertThatThrownBy(() -> names.of("shapes", Colour.class)).hasMessageContaining("'shapes' has no zh text");
    }
}
