package cn.gov.xinxiang.agri.contracts.project;

import java.time.Instant;

/**
 * A registered operating entity (key: its unified social credit code) was linked to a project in a role.
 *
 * @param role IMPLEMENTER (实施主体), OPERATOR (运营主体), DRIVER (带动主体), PURCHASER (收购方), LESSEE (承租方) or OTHER
 */
public record ProjectEntityLinkedV1(
        String projectId,
        String code,
        String regionCode,
        String countyCode,
        String creditCode,
        String entityKind,
        String role,
        String linkedBy,
        Instant linkedAt) {
}
