package cn.gov.xinxiang.agri.console.project;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DraftFormTest {

    @Test
    @SuppressWarnings("unchecked")
    void aFilledFormBecomesTheDraftRequestWithTheTotalAsTheSumAndEmptyRowsLeftOut() {
        Map<String, String> f = new HashMap<>(Map.of("name", "城关一村肉羊养殖扶贫车间", "fiscalYear", "2025", "industryCategory", "SPECIALTY_FARMING",
                "linkageFunds", "1,200,000", "otherFiscal", "300000", "selfRaised", "400000.50", "credit", ""));
        f.putAll(Map.of("p0.role", "LEADING_ENTERPRISE", "p0.entityType", "LEADING_ENTERPRISE", "p0.name", "原阳县某某食品有限公司",
                "p0.creditCode", "91410725MA9F5LJX21", "p1.name", ""));
        f.putAll(Map.of("m0.type", "EMPLOYMENT", "m0.poor", "30", "m0.income", "6000", "m2.type", "EQUITY_DIVIDEND", "m2.poor", "40",
                "t0.indicator", "带动脱贫户增收", "t0.value", "≥3000"));
        DraftForm.Result r = DraftForm.read(f::get, "410725901201");
        assertThat(r.errors()).isEmpty();
        Map<String, Object> b = r.body();
        assertThat(b).containsEntry("regionCode", "410725901201").containsEntry("fiscalYear", 2025).containsEntry("description", null);
        Map<String, Object> inv = (Map<String, Object>) b.get("investment");
        assertThat((BigDecimal) inv.get("total")).isEqualByComparingTo("1900000.50");
        assertThat((BigDecimal) inv.get("credit")).isEqualByComparingTo("0");
        assertThat((List<?>) b.get("participants")).hasSize(1);
        List<Map<String, Object>> ms = (List<Map<String, Object>>) b.get("mechanisms");
        assertThat(ms).extracting(m -> m.get("type")).containsExactly("EMPLOYMENT", "EQUITY_DIVIDEND");
        assertThat(ms.get(1)).containsEntry("plannedMonitored", 0).containsEntry("plannedPovertyAlleviated", 40);
        assertThat((List<?>) b.get("performanceTargets")).hasSize(1);
    }

    @Test
    void numbersThatDoNotParseAreTheFormsOwnErrorsWithTheApisFieldPaths() {
        Map<String, String> f = Map.of("name", "x", "fiscalYear", "二〇二五", "linkageFunds", "-5", "otherFiscal", "1.234",
                "m0.type", "EMPLOYMENT", "m0.poor", "三十");
        DraftForm.Result r = DraftForm.read(f::get, "410725901201");
        assertThat(r.errors()).containsOnlyKeys("fiscalYear", "investment.linkageFunds", "investment.otherFiscal", "mechanisms[0].plannedPovertyAlleviated");
    }

    @Test
    void anEmptyInvestmentIsLeftOut() {
        DraftForm.Result r = DraftForm.read(Map.of("name", "x", "fiscalYear", "2025")::get, "410725901201");
        assertThat(r.body()).doesNotContainKey("investment");
    }
}
