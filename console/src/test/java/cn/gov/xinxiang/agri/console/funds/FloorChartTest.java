package cn.gov.xinxiang.agri.console.funds;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FloorChartTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void sharesAreOfTheCountysOwnFigures() {
        FloorChart.County c = new FloorChart.County("原阳县", d("1000000"), d("674000"), d("340000"));
        assertThat(c.industryPercent()).isEqualByComparingTo("67.4");
        assertThat(c.leadingPercent()).isEqualByComparingTo("50.4");
        assertThat(c.meets(d("0.65"), d("0.5"))).isTrue();
        assertThat(c.meets(d("0.70"), d("0.5"))).as("the floor is the policy's value, whatever it is").isFalse();
    }

    @Test
    void nothingAllocatedHasNoShareAndDoesNotMeetTheFloor() {
        FloorChart.County c = new FloorChart.County("延津县", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(c.industryPercent()).isNull();
        assertThat(c.leadingPercent()).isNull();
        assertThat(c.meets(d("0.65"), d("0.5"))).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOptionDrawsTheGivenFloorsAsMarkLines() {
        Map<String, Object> o = FloorChart.option(List.of(new FloorChart.County("原阳县", d("100"), d("64.9"), d("40"))), d("0.65"), d("0.5"));
        List<Map<String, Object>> series = (List<Map<String, Object>>) o.get("series");
        assertThat(series).hasSize(2);
        assertThat((List<Object>) series.get(0).get("data")).containsExactly(d("64.9"));
        Map<String, Object> mark = (Map<String, Object>) series.get(0).get("markLine");
        Map<String, Object> line = ((List<Map<String, Object>>) mark.get("data")).get(0);
        assertThat((BigDecimal) line.get("xAxis")).isEqualByComparingTo("65");
        assertThat(line.get("name")).isEqualTo("产业发展底线 65%");
        Map<String, Object> leading = ((List<Map<String, Object>>) ((Map<String, Object>) series.get(1).get("markLine")).get("data")).get(0);
        assertThat(leading.get("name")).isEqualTo("主导产业底线 50%");
        assertThat((Map<String, Object>) o.get("yAxis")).containsEntry("data", List.of("原阳县"));
    }
}
