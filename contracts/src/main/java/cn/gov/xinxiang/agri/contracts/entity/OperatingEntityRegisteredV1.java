package cn.gov.xinxiang.agri.contracts.entity;

import cn.gov.xinxiang.agri.contracts.Correction;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * An operating entity (经营主体) of the registry as it now reads: registered (version 1) or corrected (a later
 * version with its {@code correction} block). A consumer replaces what it holds of the entity with this version.
 *
 * @param creditCode          the 18-character unified social credit code (统一社会信用代码), the entity's key
 * @param kind                LEADING_ENTERPRISE (龙头企业), COOPERATIVE (农民合作社), FAMILY_FARM (家庭农场),
 *                            VILLAGE_COLLECTIVE (村集体经济组织)
 * @param level               a leading enterprise's recognition level: NATIONAL, PROVINCIAL or CITY; absent for other kinds
 * @param regionCode          where it is registered: a county, township or village of the city
 * @param countyCode          the county of {@code regionCode}
 * @param leadingIndustryCode the county's leading industry (特色主导产业) it works in, if any
 * @param correction          on a corrected version: which version it corrects, why and by whom; absent on version 1
 */
public record OperatingEntityRegisteredV1(
        String creditCode,
        String name,
        String kind,
        @JsonInclude(JsonInclude.Include.NON_NULL) String level,
        String regionCode,
        String countyCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) String leadingIndustryCode,
        int version,
        String recordedBy,
        Instant recordedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Correction correction) {
}
