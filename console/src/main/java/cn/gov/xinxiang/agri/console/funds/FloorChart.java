package cn.gov.xinxiang.agri.console.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's plan against the policy floors, one pair of bars per county: industry development over what
 * the county was allocated, and leading industries over industry development, each against its floor
 * (the floors are the policy API's values for the year, passed in). Plain Java, tested alone.
 */
public final class FloorChart {
    private FloorChart() {
    }

    /** One county's allocations as funding-service sums them (FundSummary's figures). */
    public record County(String name, BigDecimal allocated, BigDecimal industryDevelopment, BigDecimal leadingIndustry) {

        /** Industry development's share of the allocated funds, in percent (null when nothing is allocated). */
        public BigDecimal industryPercent() {
            return percent(industryDevelopment, allocated);
        }

        /** Leading industries' share of industry development, in percent (null without industry development). */
        public BigDecimal leadingPercent() {
            return percent(leadingIndustry, industryDevelopment);
        }

        public boolean meets(BigDecimal industryFloor, BigDecimal leadingFloor) {
            BigDecimal i = industryPercent();
            BigDecimal l = leadingPercent();
            return i != null && l != null && i.compareTo(hundred(industryFloor)) >= 0 && l.compareTo(hundred(leadingFloor)) >= 0;
        }
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal hundred(BigDecimal ratio) {
        return ratio.multiply(BigDecimal.valueOf(100)).stripTrailingZeros();
    }

    /** The ECharts option: two bar series per county with the floors as mark lines. */
    public static Map<String, Object> option(List<County> counties, BigDecimal industryFloor, BigDecimal leadingFloor) {
        List<String> names = new ArrayList<>();
        List<Object> industry = new ArrayList<>();
        List<Object> leading = new ArrayList<>();
        for (County c : counties) {
            names.add(c.name());
            industry.add(c.industryPercent());
            leading.add(c.leadingPercent());
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tooltip", Map.of("trigger", "axis"));
        o.put("legend", Map.of("top", 0));
        o.put("grid", Map.of("left", 8, "right", 40, "top", 40, "bottom", 8, "containLabel", true));
        o.put("xAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        o.put("yAxis", Map.of("type", "category", "data", names, "inverse", true));
        o.put("series", List.of(
                series("产业发展资金占比", industry, "#0b6e4f", "产业发展底线 " + hundred(industryFloor).toPlainString() + "%", hundred(industryFloor)),
                series("主导产业占比", leading, "#d97706", "主导产业底线 " + hundred(leadingFloor).toPlainString() + "%", hundred(leadingFloor))));
        return o;
    }

    /** Each county's share of the plan next to what it has allocated so far (万元). */
    public static Map<String, Object> split(List<String> counties, List<BigDecimal> planned, List<BigDecimal> allocated) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tooltip", Map.of("trigger", "axis"));
        o.put("legend", Map.of("top", 0));
        o.put("grid", Map.of("left", 8, "right", 24, "top", 40, "bottom", 8, "containLabel", true));
        o.put("xAxis", Map.of("type", "value", "name", "万元"));
        o.put("yAxis", Map.of("type", "category", "data", counties, "inverse", true));
        o.put("series", List.of(Map.of("name", "计划分配", "type", "bar", "data", planned, "itemStyle", Map.of("color", "#94a3b8")),
                Map.of("name", "已分配到项目", "type", "bar", "data", allocated, "itemStyle", Map.of("color", "#0b6e4f"))));
        return o;
    }

    private static Map<String, Object> series(String name, List<Object> data, String color, String floorName, BigDecimal floor) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("type", "bar");
        s.put("data", data);
        s.put("itemStyle", Map.of("color", color));
        s.put("label", Map.of("show", true, "position", "right", "formatter", "{c}%"));
        s.put("markLine", Map.of("symbol", "none", "lineStyle", Map.of("color", color, "type", "dashed"),
                "label", Map.of("formatter", floorName, "position", "insideEndTop"),
                "data", List.of(Map.of("xAxis", floor, "name", floorName))));
        return s;
    }
}
