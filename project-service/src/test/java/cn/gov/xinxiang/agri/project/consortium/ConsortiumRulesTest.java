package cn.gov.xinxiang.agri.project.consortium;

import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConsortiumRulesTest {

    static final String LEAD = "91410725MA9F5LJX21";
    static final String COOP = "93410725MA45U2PL07";
    static final String FARM = "92410725MAYY00003E";

    static ConsortiumDtos.CreateRequest req(String lead, List<ConsortiumDtos.MemberDto> members, List<ConsortiumDtos.LinkDto> links) {
        return new ConsortiumDtos.CreateRequest("联合体", "410725000000", 2024, "PREPARED_MEALS", lead, members, 10, null, links, null, null);
    }

    static ConsortiumDtos.MemberDto member(String code) {
        return new ConsortiumDtos.MemberDto(code, MemberRole.UNDERTAKER);
    }

    static ConsortiumDtos.LinkDto link(LinkKind kind, String product, String unit) {
        return new ConsortiumDtos.LinkDto(kind, product, new BigDecimal("100"), unit, null, null);
    }

    @Test
    void membersAreDistinctRegisteredCodesOtherThanTheLead() {
        assertThat(ConsortiumRules.problems(req(LEAD, List.of(member(COOP), member(FARM)), List.of()), Language.ZH)).isEmpty();
        assertThat(ConsortiumRules.problems(req(LEAD, List.of(member(COOP), member(" " + COOP.toLowerCase() + " "), member(LEAD),
                member("93410725MA45U2PL08")), List.of()), Language.EN))
                .extracting(FieldError::field, FieldError::message).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("members[1].creditCode", "the same entity as members[0]"),
                        org.assertj.core.groups.Tuple.tuple("members[2].creditCode", "the lead enterprise is not listed again as a member"),
                        org.assertj.core.groups.Tuple.tuple("members[3].creditCode", "check character is wrong (expected 7)"));
        assertThat(ConsortiumRules.problems(req("91410725MA9F5LJX22", null, null), Language.ZH)).extracting(FieldError::field)
                .containsExactly("leadEnterpriseCreditCode");
    }

    /** Totals add quantities per product and unit, so one consortium states each (kind, product, unit) once. */
    @Test
    void aLineIsListedOncePerKindProductAndUnit() {
        assertThat(ConsortiumRules.problems(req(LEAD, null, List.of(link(LinkKind.CONTRACT_FARMING, "肉羊", "只"),
                link(LinkKind.PURCHASE, "肉羊", "只"), link(LinkKind.PURCHASE, "花生秧", "亩"), link(LinkKind.PURCHASE, "花生秧", "吨"))), Language.ZH))
                .isEmpty();
        assertThat(ConsortiumRules.problems(req(LEAD, null, List.of(link(LinkKind.PURCHASE, "花生秧", "亩"),
                link(LinkKind.PURCHASE, " 花生秧 ", "亩"))), Language.ZH))
                .extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("links[1]", "与 links[0] 相同（类别、产品和单位相同的只填一项）"));
    }
}
