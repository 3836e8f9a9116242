package cn.gov.xinxiang.agri.platform.policy;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code policy_parameter}: the value of a key from a year on, with its source document. */
public record PolicyValue(String key, int appliesFrom, BigDecimal value, PolicyKey.Unit unit, String sourceDocument, long version,
                          String updatedBy, Instant updatedAt) {

    public int intValue() {
        return value.intValueExact();
    }

    /** "asset.benchmark-rate = 1.5% (from 2020: 新农字〔2024〕34号 …)", for rule texts and problem details. */
    public String describe() {
        return key + " = " + PolicyKey.display(value, unit) + " (applies from " + appliesFrom + ": " + sourceDocument + ")";
    }
}
