package cn.gov.xinxiang.agri.project.creditcode;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    @Test
    void publishedCodesAreValid() {
        // The example of GB 32100-2015 and a well-known registered enterprise.
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
        assertThat(CreditCode.problem("914403001922038216")).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsNamed() {
        assertThat(CreditCode.problem("91350100M000100Y44")).hasValueSatisfying(m -> assertThat(m.in(Language.EN)).contains("expected 3"));
        assertThat(CreditCode.problem("9135010M000100Y43")).hasValueSatisfying(m -> assertThat(m.in(Language.EN)).contains("18"));
        assertThat(CreditCode.problem("91350100M000100I43")).hasValueSatisfying(m -> assertThat(m.in(Language.EN)).contains("'I'"));
        assertThat(CreditCode.problem("9135A100M000100Y43")).hasValueSatisfying(m -> assertThat(m.in(Language.EN)).contains("division"));
        assertThat(CreditCode.problem("91350100M000100Y44")).hasValueSatisfying(m -> assertThat(m.in(Language.ZH)).isEqualTo("校验码错误（应为 3）"));
        assertThat(CreditCode.problem(null)).isPresent();
    }

    /** Property: any single-character change of a valid code is detected (mod-31 check over a 31-letter alphabet). */
    @Test
    void everySingleSubstitutionIsDetected() {
        Random random = new Random(42);
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder("9");
            sb.append("1");
            for (int i = 0; i < 6; i++) {
                sb.append((char) ('0' + random.nextInt(10)));
            }
            for (int i = 0; i < 9; i++) {
                sb.append(CreditCode.ALPHABET.charAt(random.nextInt(31)));
            }
            String code = sb.toString() + CreditCode.checkCharacter(sb.toString());
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            int pos = 8 + random.nextInt(10);
            char original = code.charAt(pos);
            char other = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(original) + 1 + random.nextInt(30)) % 31);
            String broken = code.substring(0, pos) + other + code.substring(pos + 1);
            assertThat(CreditCode.isValid(broken)).as(broken).isFalse();
        }
    }
}
