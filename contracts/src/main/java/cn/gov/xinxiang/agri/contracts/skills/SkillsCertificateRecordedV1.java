package cn.gov.xinxiang.agri.contracts.skills;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A skills certificate (技能证书) was recorded for a person of a household on the roster. Carries neither the
 * person's name nor any form of the ID number: consumers count certificates per household, village, county
 * and year (e.g. certificates per target labourer), they need no one's identity.
 *
 * @param householdCategory POVERTY_ALLEVIATED or MONITORED (only they are certified under the programme)
 * @param kind              the certificate kind code (skills-certificate-kinds)
 * @param level             the level code (skills-certificate-levels)
 * @param year              the year of {@code issuedOn}, the year the certificate counts for
 * @param trainingId        the training programme it came from, when known
 */
public record SkillsCertificateRecordedV1(
        String certificateId,
        String householdId,
        String nationalHouseholdNo,
        String householdCategory,
        String villageCode,
        String countyCode,
        String kind,
        String level,
        String issuer,
        String certificateNo,
        LocalDate issuedOn,
        int year,
        String trainingId,
        String recordedBy,
        Instant recordedAt) {
}
