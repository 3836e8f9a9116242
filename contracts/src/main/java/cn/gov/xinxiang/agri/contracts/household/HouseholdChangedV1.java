package cn.gov.xinxiang.agri.contracts.household;

import java.time.Instant;

/**
 * A household on the roster was added or changed, or left it ({@code onRoster=false}). Carries no
 * personal ID number: that never leaves project-service.
 *
 * @param category POVERTY_ALLEVIATED (脱贫户), MONITORED (监测对象) or OTHER
 */
public record HouseholdChangedV1(
        String householdId,
        String nationalHouseholdNo,
        String villageCode,
        String headName,
        String category,
        boolean labourCapacity,
        boolean onRoster,
        Instant changedAt) {
}
