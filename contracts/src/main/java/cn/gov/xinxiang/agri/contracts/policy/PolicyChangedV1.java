package cn.gov.xinxiang.agri.contracts.policy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value of a policy parameter that applies from a year on (until a row with a later
 * {@code appliesFrom} of the same key), as its owner now stores it. A consumer keeps, per key and
 * appliesFrom, the event with the highest {@code version}; the value for a year is the row with the
 * greatest appliesFrom not after that year.
 *
 * @param key            owner-prefixed key, e.g. {@code asset.benchmark-rate}
 * @param unit           {@code fraction} (0.015 = 1.5%), {@code days} or {@code count}
 * @param owner          the service that owns and publishes the key
 * @param version        the row's version at the owner (0 for a seeded row), increasing with every change
 */
public record PolicyChangedV1(
        String key,
        int appliesFrom,
        BigDecimal value,
        String unit,
        String label,
        String sourceDocument,
        String owner,
        long version,
        String changedBy,
        Instant changedAt) {
}
