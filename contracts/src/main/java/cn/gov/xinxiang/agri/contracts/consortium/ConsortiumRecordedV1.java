package cn.gov.xinxiang.agri.contracts.consortium;

import cn.gov.xinxiang.agri.contracts.Correction;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An assistance-industry consortium (帮扶产业发展联合体, "龙头企业+基地+合作社+种养殖户+金融") of one county, year and
 * leading industry, with what it links, as it now reads. A later version (with {@code correction}) replaces the earlier.
 *
 * @param employedHouseholds farming households directly employed (直接务工), when reported
 * @param linkedHouseholds   households directly linked in all (直接带动), when reported
 * @param links              contract farming, purchases from farmers and capacities, each with product, quantity and unit
 */
public record ConsortiumRecordedV1(
        String consortiumId,
        String name,
        String countyCode,
        int year,
        String leadingIndustryCode,
        String leadEnterpriseCreditCode,
        List<Member> members,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer employedHouseholds,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer linkedHouseholds,
        List<Link> links,
        List<Financing> financing,
        int version,
        String recordedBy,
        Instant recordedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) Correction correction) {

    /** @param role BASE (基地), UNDERTAKER (承接主体), COLLABORATOR (协作主体) or PARTNER (配套企业) */
    public record Member(String creditCode, String kind, String role) {
    }

    /**
     * @param kind       CONTRACT_FARMING (带动农户种养), PURCHASE (收购农户产品) or CAPACITY (建成规模)
     * @param households the households it involves, when reported
     * @param amount     what it is worth to the farmers (yuan), when reported
     */
    public record Link(String kind, String product, BigDecimal quantity, String unit,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer households,
                       @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal amount) {
    }

    public record Financing(String institution, String product, BigDecimal amount) {
    }
}
