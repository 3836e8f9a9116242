package cn.gov.xinxiang.agri.contracts.entity;

import cn.gov.xinxiang.agri.contracts.ContractSchemas;
import cn.gov.xinxiang.agri.contracts.Correction;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema says what the registry's rule says: a leading enterprise carries its level, no other kind does. */
class OperatingEntitySchemaTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ObjectNode payload(String kind, String level, Correction correction) {
        return mapper.valueToTree(new OperatingEntityRegisteredV1("91410725MA9F5LJX21", "原阳县某预制菜食品有限公司", kind, level, "410725000000",
                "410725000000", "PREPARED_MEALS", correction == null ? 1 : correction.correctsVersion() + 1, "county-user",
                Instant.parse("2024-07-26T02:00:00Z"), correction));
    }

    @Test
    void theLevelBelongsToLeadingEnterprisesOnly() {
        String type = OperatingEntityEvents.OPERATING_ENTITY_REGISTERED_V1;
        assertThat(ContractSchemas.violations(type, payload("LEADING_ENTERPRISE", "PROVINCIAL", null))).isEmpty();
        assertThat(ContractSchemas.violations(type, payload("COOPERATIVE", null, null))).isEmpty();
        assertThat(ContractSchemas.violations(type, payload("LEADING_ENTERPRISE", null, null))).isNotEmpty();
        assertThat(ContractSchemas.violations(type, payload("COOPERATIVE", "CITY", null))).isNotEmpty();
        assertThat(ContractSchemas.violations(type, payload("LEADING_ENTERPRISE", "COUNTY", null))).isNotEmpty();
    }

    @Test
    void aCorrectedVersionCarriesTheSharedCorrectionBlock() {
        String type = OperatingEntityEvents.OPERATING_ENTITY_REGISTERED_V1;
        Correction c = new Correction(1, "经认定升为省级重点龙头企业", "county-user", "COUNTY", null, null, Instant.parse("2024-08-01T02:00:00Z"));
        assertThat(ContractSchemas.violations(type, payload("LEADING_ENTERPRISE", "PROVINCIAL", c))).isEmpty();
        ObjectNode bad = payload("LEADING_ENTERPRISE", "PROVINCIAL", c);
        ((ObjectNode) bad.get("correction")).put("byTier", "PROVINCE");
        assertThat(ContractSchemas.violations(type, bad)).isNotEmpty();
    }
}
