package cn.gov.xinxiang.agri.project.skills;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class SkillsDtos {
    private SkillsDtos() {
    }

    @Schema(name = "SkillsTrainingRequest", description = "A training programme run with the human-resources department (city and county users)")
    public record TrainingRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "2024年原阳县脱贫劳动力预制菜加工技能培训班") String name,
            @NotBlank @Schema(examples = "410725000000") String countyCode,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2024") Integer year,
            @NotBlank @Size(max = 200) @Schema(examples = "原阳县人力资源和社会保障局、原阳县农业农村局") String organiser) {
    }

    @Schema(name = "SkillsTraining")
    public record TrainingView(UUID id, String name, String countyCode, String countyName, int year, String organiser, long certificates,
                               String createdBy, Instant createdAt) {
    }

    /**
     * Text fields as a spreadsheet has them, checked by the same {@link CertificateValidator} as an imported row, so
     * the JSON API and the import agree on every rule and name the same fields.
     */
    @Schema(name = "SkillsCertificateRequest", description = "A certificate of a person of a poverty-alleviated or monitored household on the roster")
    public record CertificateRequest(
            @Schema(examples = "4107259012010001", description = "the household's national number; the household must be on the roster") String nationalHouseholdNo,
            @Schema(examples = "张小红") String personName,
            @Schema(examples = "410725199001011234", description = "18-character ID number (checked, then kept masked only) or an already masked one") String idNumber,
            @Schema(examples = "SKILL_LEVEL", description = "code or Chinese label of skills-certificate-kinds") String kind,
            @Schema(examples = "LEVEL_5", description = "code or Chinese label of skills-certificate-levels") String level,
            @Schema(examples = "原阳县人力资源和社会保障局") String issuer,
            @Schema(examples = "S000041070025253000001", description = "unique per issuer") String certificateNo,
            @Schema(examples = "2024-05-20") String issuedOn,
            @Schema(examples = "0b8d7c5e-2f43-4c59-9a51-6f0f7d1b2c3a", description = "optional: the training programme it came from") String trainingId) {

        /** Never print the ID number. */
        @Override
        public String toString() {
            return "CertificateRequest[" + issuer + " " + certificateNo + "]";
        }
    }

    @Schema(name = "SkillsCertificate", description = "A certificate; the ID number only masked")
    public record CertificateView(UUID id, UUID householdId, String nationalHouseholdNo, String villageCode, String villageName, String countyCode,
                                  String personName, String idNumberMasked, CertificateKind kind, String kindLabel, CertificateLevel level,
                                  String levelLabel, String issuer, String certificateNo, LocalDate issuedOn, int year, UUID trainingId,
                                  UUID importJobId, String createdBy, Instant createdAt) {
    }

    @Schema(name = "SkillsCountyYearTotal", description = "Certificates and distinct people certified in one county and year")
    public record CountyYearTotal(@Schema(examples = "410725000000") String countyCode, @Schema(examples = "原阳县") String countyName,
                                  @Schema(examples = "2024") int year, @Schema(examples = "2400") long certificates,
                                  @Schema(examples = "2310") long people) {
    }

    @Schema(name = "SkillsTotals", description = "Per county and year, and over everything asked for (people counted once however many "
            + "certificates or years they have)")
    public record Totals(List<CountyYearTotal> rows, @Schema(examples = "26000") long certificates, @Schema(examples = "25000") long people) {
    }
}
