package cn.gov.xinxiang.agri.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** ECharts option objects the pages embed (drawn by /static/charts.js). Plain Java, tested alone. */
public final class Charts {
    private Charts() {
    }

    /** A pie of labelled values. */
    public static Map<String, Object> pie(String title, List<String> labels, List<? extends Number> values) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            data.add(Map.of("name", labels.get(i), "value", values.get(i)));
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", Map.of("text", title, "left", "center", "textStyle", Map.of("fontSize", 14)));
        o.put("tooltip", Map.of("trigger", "item"));
        o.put("legend", Map.of("bottom", 0, "type", "scroll"));
        o.put("series", List.of(Map.of("type", "pie", "radius", List.of("35%", "62%"), "center", List.of("50%", "50%"), "data", data)));
        return o;
    }

    /** Horizontal bars (category axis down the side, so long Chinese names fit a phone). */
    public static Map<String, Object> bars(String title, List<String> labels, List<? extends Number> values, String unit) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("title", Map.of("text", title, "left", "center", "textStyle", Map.of("fontSize", 14)));
        o.put("tooltip", Map.of("trigger", "axis"));
        o.put("grid", Map.of("left", 8, "right", 24, "top", 36, "bottom", 8, "containLabel", true));
        o.put("xAxis", Map.of("type", "value", "name", unit));
        o.put("yAxis", Map.of("type", "category", "data", labels, "inverse", true));
        o.put("series", List.of(Map.of("type", "bar", "data", values, "label", Map.of("show", true, "position", "right"))));
        return o;
    }
}
