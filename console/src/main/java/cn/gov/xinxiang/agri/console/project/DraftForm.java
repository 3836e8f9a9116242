package cn.gov.xinxiang.agri.console.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The new-project form as project-service's draft request: rows left empty are skipped, the total
 * investment is the sum of its sources, numbers that do not parse are the form's own errors (field
 * paths as the API names them). Plain Java, tested alone.
 */
public final class DraftForm {

    public static final int PARTICIPANT_ROWS = 2;
    public static final int MECHANISM_ROWS = 3;

    public record Result(Map<String, Object> body, Map<String, String> errors) {
    }

    private final Function<String, String> param;
    private final Map<String, String> errors = new LinkedHashMap<>();

    private DraftForm(Function<String, String> param) {
        this.param = name -> {
            String v = param.apply(name);
            return v == null ? "" : v.trim();
        };
    }

    /** @param param the form's value for a field name (null when absent) */
    public static Result read(Function<String, String> param, String regionCode) {
        return new DraftForm(param).build(regionCode);
    }

    private Result build(String regionCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", param.apply("name"));
        body.put("fiscalYear", integer("fiscalYear", "fiscalYear"));
        body.put("regionCode", regionCode);
        body.put("industryCategory", blankToNull(param.apply("industryCategory")));
        body.put("description", blankToNull(param.apply("description")));
        body.put("leadingIndustryCode", blankToNull(param.apply("leadingIndustryCode")));

        BigDecimal linkage = money("linkageFunds", "investment.linkageFunds");
        BigDecimal other = money("otherFiscal", "investment.otherFiscal");
        BigDecimal self = money("selfRaised", "investment.selfRaised");
        BigDecimal credit = money("credit", "investment.credit");
        if (linkage != null || other != null || self != null || credit != null) {
            BigDecimal l = zero(linkage), o = zero(other), s = zero(self), c = zero(credit);
            Map<String, Object> inv = new LinkedHashMap<>();
            inv.put("linkageFunds", l);
            inv.put("otherFiscal", o);
            inv.put("selfRaised", s);
            inv.put("credit", c);
            inv.put("total", l.add(o).add(s).add(c));
            body.put("investment", inv);
        }

        List<Map<String, Object>> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANT_ROWS; i++) {
            String name = param.apply("p" + i + ".name");
            if (name.isEmpty()) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("role", blankToNull(param.apply("p" + i + ".role")));
            p.put("entityType", blankToNull(param.apply("p" + i + ".entityType")));
            p.put("name", name);
            p.put("creditCode", blankToNull(param.apply("p" + i + ".creditCode")));
            participants.add(p);
        }
        body.put("participants", participants);

        List<Map<String, Object>> mechanisms = new ArrayList<>();
        for (int i = 0; i < MECHANISM_ROWS; i++) {
            String type = param.apply("m" + i + ".type");
            if (type.isEmpty()) {
                continue;
            }
            int at = mechanisms.size();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", type);
            m.put("plannedPovertyAlleviated", zero(integer("m" + i + ".poor", "mechanisms[" + at + "].plannedPovertyAlleviated")));
            m.put("plannedMonitored", zero(integer("m" + i + ".monitored", "mechanisms[" + at + "].plannedMonitored")));
            m.put("plannedOther", zero(integer("m" + i + ".other", "mechanisms[" + at + "].plannedOther")));
            m.put("expectedIncomePerHousehold", zero(money("m" + i + ".income", "mechanisms[" + at + "].expectedIncomePerHousehold")));
            m.put("description", blankToNull(param.apply("m" + i + ".description")));
            mechanisms.add(m);
        }
        body.put("mechanisms", mechanisms);

        List<Map<String, Object>> targets = new ArrayList<>();
        if (!param.apply("t0.indicator").isEmpty()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("indicator", param.apply("t0.indicator"));
            t.put("value", param.apply("t0.value"));
            t.put("unit", blankToNull(param.apply("t0.unit")));
            targets.add(t);
        }
        body.put("performanceTargets", targets);
        return new Result(body, errors);
    }

    private Integer integer(String name, String field) {
        String v = param.apply(name);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.put(field, "请填写整数");
            return null;
        }
    }

    private BigDecimal money(String name, String field) {
        String v = param.apply(name).replace(",", "").replace("，", "");
        if (v.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0 || d.scale() > 2) {
                errors.put(field, "请填写不小于0、最多两位小数的金额（元）");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            errors.put(field, "请填写金额（元）");
            return null;
        }
    }

    private static BigDecimal zero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }

    private static Integer zero(Integer i) {
        return i == null ? 0 : i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
