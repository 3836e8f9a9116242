package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.imports.ImportError;
import cn.gov.xinxiang.agri.platform.imports.ImportRow;
import cn.gov.xinxiang.agri.platform.region.RegionCode;
import cn.gov.xinxiang.agri.platform.security.RegionScope;
import cn.gov.xinxiang.agri.project.Fixtures;
import cn.gov.xinxiang.agri.project.household.HouseholdCategory;
import cn.gov.xinxiang.agri.project.household.IdNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.gov.xinxiang.agri.project.skills.CertificateColumns.*;
import static org.assertj.core.api.Assertions.assertThat;

class CertificateValidatorTest {

    static final UUID POOR = UUID.randomUUID();
    static final UUID TRAINING = UUID.randomUUID();
    static final UUID FOREIGN_TRAINING = UUID.randomUUID();
    static final Map<String, CertificateValidator.HouseholdRef> ROSTER = Map.of(
            "H-POOR", new CertificateValidator.HouseholdRef(POOR, "410725901201", HouseholdCategory.POVERTY_ALLEVIATED, true),
            "H-MON", new CertificateValidator.HouseholdRef(UUID.randomUUID(), "410725901202", HouseholdCategory.MONITORED, true),
            "H-OTHER", new CertificateValidator.HouseholdRef(UUID.randomUUID(), "410725901201", HouseholdCategory.OTHER, true),
            "H-LEFT", new CertificateValidator.HouseholdRef(UUID.randomUUID(), "410725901201", HouseholdCategory.MONITORED, false),
            "H-YANJIN", new CertificateValidator.HouseholdRef(UUID.randomUUID(), "410726901201", HouseholdCategory.POVERTY_ALLEVIATED, true));

    static final CertificateValidator.Lookups LOOKUPS = new CertificateValidator.Lookups() {
        @Override
        public Optional<CertificateValidator.HouseholdRef> household(String no) {
            return Optional.ofNullable(ROSTER.get(no));
        }

        @Override
        public Optional<String> trainingCounty(UUID id) {
            return id.equals(TRAINING) ? Optional.of("410725000000") : id.equals(FOREIGN_TRAINING) ? Optional.of("410726000000") : Optional.empty();
        }

        @Override
        public LocalDate today() {
            return LocalDate.of(2025, 6, 30);
        }
    };

    static Map<String, String> row(String household) {
        Map<String, String> r = new HashMap<>();
        r.put(HOUSEHOLD_NO, household);
        r.put(PERSON_NAME, "张小红");
        r.put(ID_NUMBER, Fixtures.idNumber(3));
        r.put(KIND, "职业技能等级证书");
        r.put(LEVEL, "初级工");
        r.put(ISSUER, "原阳县人力资源和社会保障局");
        r.put(CERTIFICATE_NO, "S0000-2024-001");
        r.put(ISSUED_ON, "2024年5月20日");
        return r;
    }

    static CertificateValidator.Result check(Map<String, String> cells, String scope) {
        return new CertificateValidator(LOOKUPS, new RegionScope(RegionCode.of(scope))).check(new ImportRow(2, cells));
    }

    @Test
    void aGoodRowIsNormalisedWithTheIdNumberMaskedAsTheRosterMasksIt() {
        CertificateValidator.Result r = check(row("H-POOR"), "410725000000");
        assertThat(r.errors()).isEmpty();
        assertThat(r.row().idNumberMasked()).isEqualTo(IdNumber.mask(Fixtures.idNumber(3))).doesNotContain(Fixtures.idNumber(3).substring(6, 14));
        assertThat(r.row().level()).isEqualTo(CertificateLevel.LEVEL_5);
        assertThat(r.row().kind()).isEqualTo(CertificateKind.SKILL_LEVEL);
        assertThat(r.row().issuedOn()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(r.row().year()).isEqualTo(2024);
        assertThat(r.row().countyCode()).isEqualTo("410725000000");
        assertThat(r.row().householdId()).isEqualTo(POOR);
        assertThat(r.row().toString()).doesNotContain(r.row().idNumberMasked());

        // an already masked number is kept; codes work as labels do
        Map<String, String> masked = row("H-MON");
        masked.put(ID_NUMBER, "410725********123x");
        masked.put(LEVEL, "LEVEL_3");
        masked.put(KIND, "SPECIAL_OPERATION");
        CertificateValidator.Result m = check(masked, "410725901000");
        assertThat(m.errors()).isEmpty();
        assertThat(m.row().idNumberMasked()).isEqualTo("410725********123X");
        assertThat(m.row().digest()).isNotEqualTo(r.row().digest()).hasSize(64);
    }

    @Test
    void onlyTargetHouseholdsOnTheRosterInTheCallersRegion() {
        assertThat(check(row("H-OTHER"), "410725000000").errors()).extracting(ImportError::key).containsExactly("skills.household-category");
        assertThat(check(row("H-LEFT"), "410725000000").errors()).extracting(ImportError::key).containsExactly("skills.household-off-roster");
        assertThat(check(row("H-NONE"), "410725000000").errors()).extracting(ImportError::key).containsExactly("skills.household-unknown");
        assertThat(check(row("H-YANJIN"), "410725000000").errors()).extracting(ImportError::key).containsExactly("skills.household-outside");
        assertThat(check(row("H-YANJIN"), "410700000000").errors()).isEmpty();
    }

    @Test
    void everyBadCellIsNamedAndTheIdNumberIsNeverRepeated() {
        String bad = Fixtures.idNumber(5).substring(0, 17) + (Fixtures.idNumber(5).endsWith("1") ? "2" : "1");
        Map<String, String> r = row("H-POOR");
        r.put(ID_NUMBER, bad);
        r.put(KIND, "驾照");
        r.put(LEVEL, "");
        r.put(CERTIFICATE_NO, "S 01");
        r.put(ISSUED_ON, "2025-07-01");
        CertificateValidator.Result result = check(r, "410725000000");
        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(ImportError::field).containsExactlyInAnyOrder(ID_NUMBER, KIND, LEVEL, CERTIFICATE_NO, ISSUED_ON);
        assertThat(result.errors()).allSatisfy(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.texts()).containsKeys("zh", "en");
            assertThat(e.texts().values()).allSatisfy(t -> assertThat(t).doesNotContain(bad));
        });
    }

    @Test
    void aNamedTrainingMustExistInTheHouseholdsCounty() {
        Map<String, String> r = row("H-POOR");
        r.put(TRAINING_ID, TRAINING.toString());
        assertThat(check(r, "410725000000").row().trainingId()).isEqualTo(TRAINING);
        r.put(TRAINING_ID, FOREIGN_TRAINING.toString());
        assertThat(check(r, "410725000000").errors()).extracting(ImportError::key).containsExactly("skills.training-county");
        r.put(TRAINING_ID, UUID.randomUUID().toString());
        assertThat(check(r, "410725000000").errors()).extracting(ImportError::key).containsExactly("skills.training-unknown");
        r.put(TRAINING_ID, "第一期");
        assertThat(check(r, "410725000000").errors()).extracting(ImportError::key).containsExactly("skills.training-id");
    }
}
