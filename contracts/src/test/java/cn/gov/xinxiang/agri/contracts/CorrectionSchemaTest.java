package cn.gov.xinxiang.agri.contracts;

import cn.gov.xinxiang.agri.contracts.asset.AssetEvents;
import cn.gov.xinxiang.agri.contracts.asset.AssetIncomeRecordedV1;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The correction block is defined once (correction.v1.json) and checked wherever a payload carries it. */
class CorrectionSchemaTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AssetIncomeRecordedV1 income(Integer version, Correction c) {
        return new AssetIncomeRecordedV1(UUID.randomUUID().toString(), "410725901201", "2025H1", new BigDecimal("15000.00"),
                new BigDecimal("1500000.00"), new BigDecimal("0.020000"), new BigDecimal("0.015"), false, Instant.parse("2025-07-05T02:00:00Z"),
                version, c);
    }

    @Test
    void aFirstVersionLooksAsEventsDidBeforeCorrections() {
        ObjectNode json = mapper.valueToTree(new AssetIncomeRecordedV1(UUID.randomUUID().toString(), "410725901201", "2025H1",
                new BigDecimal("15000.00"), new BigDecimal("1500000.00"), new BigDecimal("0.020000"), new BigDecimal("0.015"), false,
                Instant.parse("2025-07-05T02:00:00Z")));
        assertThat(json.has("version")).isFalse();
        assertThat(json.has("correction")).isFalse();
        assertThat(ContractSchemas.violations(AssetEvents.INCOME_RECORDED_V1, json)).isEmpty();
    }

    @Test
    void aCorrectedVersionCarriesTheBlockAndItIsChecked() {
        Correction c = new Correction(1, "租金少记5000元，按合同更正", "village-1", "VILLAGE", null, null, Instant.parse("2025-07-20T02:00:00Z"));
        ObjectNode json = mapper.valueToTree(income(2, c));
        assertThat(ContractSchemas.violations(AssetEvents.INCOME_RECORDED_V1, json)).isEmpty();
        assertThat(json.get("correction").get("correctsVersion").asInt()).isEqualTo(1);

        ((ObjectNode) json.get("correction")).remove("reason");
        ((ObjectNode) json.get("correction")).put("byTier", "PROVINCE");
        ((ObjectNode) json.get("correction")).put("extra", 1);
        assertThat(ContractSchemas.violations(AssetEvents.INCOME_RECORDED_V1, json)).hasSize(3)
                .anySatisfy(m -> assertThat(m).contains("reason"))
                .anySatisfy(m -> assertThat(m).contains("byTier"))
                .anySatisfy(m -> assertThat(m).contains("extra"));
    }

    @Test
    void aCorrectionWithoutReasonCannotBeMade() {
        assertThatThrownBy(() -> new Correction(1, " ", "u", "VILLAGE", null, null, Instant.now())).hasMessageContaining("reason");
        assertThatThrownBy(() -> new Correction(0, "r", "u", "VILLAGE", null, null, Instant.now())).hasMessageContaining("version 1");
    }
}
