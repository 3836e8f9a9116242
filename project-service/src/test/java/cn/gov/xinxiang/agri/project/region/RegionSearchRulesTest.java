package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RegionSearchRulesTest {

    @Test
    void aTermIsOneToFiftyCharactersStrippedAndLowerCased() {
        assertThat(RegionSearchRules.term(" DongTun ").change()).isEqualTo("dongtun");
        assertThat(RegionSearchRules.term("东".repeat(50)).allowed()).isTrue();
        for (String bad : new String[]{null, "  ", "东".repeat(51)}) {
            assertThat(RegionSearchRules.term(bad).violations()).singleElement()
                    .satisfies(v -> assertThat(List.of(v.kind(), v.field(), v.text().key()))
                            .containsExactly(Violation.Kind.INVALID_FIELD, "q", "region.query"));
        }
    }
}
