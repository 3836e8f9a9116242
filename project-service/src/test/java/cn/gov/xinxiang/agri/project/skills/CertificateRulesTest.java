package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Language;
import cn.gov.xinxiang.agri.platform.imports.ImportError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.gov.xinxiang.agri.project.skills.CertificateColumns.CERTIFICATE_NO;
import static cn.gov.xinxiang.agri.project.skills.CertificateColumns.HOUSEHOLD_NO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CertificateRulesTest {

    @Test
    void aGoodRowIsRecorded() {
        CertificateValidator.Result good = CertificateValidatorTest.check(CertificateValidatorTest.row("H-POOR"), "410725000000");
        assertThat(CertificateRules.checked(good).change()).isEqualTo(good.row());
    }

    /** Every bad field of the row, each with the message the import would write, in the reader's language. */
    @Test
    void everyBadFieldIsRefusedWithTheImportsMessage() {
        Map<String, String> cells = CertificateValidatorTest.row("H-OTHER");
        cells.put(CERTIFICATE_NO, "S#1");
        CertificateValidator.Result bad = CertificateValidatorTest.check(cells, "410725000000");
        Decision<CertificateRow> refused = CertificateRules.checked(bad);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.violations()).extracting(Violation::kind, Violation::field)
                .containsExactly(tuple(Violation.Kind.INVALID_FIELD, HOUSEHOLD_NO), tuple(Violation.Kind.INVALID_FIELD, CERTIFICATE_NO));
        for (Language l : Language.values()) {
            assertThat(refused.violations()).extracting(v -> v.text().in(l))
                    .containsExactlyElementsOf(bad.errors().stream().map(e -> e.in(l).message()).toList());
        }
    }

    @Test
    void anErrorOfTheWholeRowIsAboutTheCertificate() {
        ImportError whole = ImportError.of(2, null, null, new cn.gov.xinxiang.agri.platform.i18n.Text("skills.certificate-no"));
        assertThat(CertificateRules.onField(whole).field()).isEqualTo("certificate");
    }

    @Test
    void anIssuersCertificateNumberIsRegisteredOnce() {
        CertificateRow row = CertificateValidatorTest.check(CertificateValidatorTest.row("H-POOR"), "410725000000").row();
        assertThat(CertificateRules.unregistered(row, false).change()).isSameAs(row);
        assertThat(CertificateRules.unregistered(row, true).violations())
                .extracting(Violation::kind, Violation::slug, Violation::field, v -> v.text().key())
                .containsExactly(tuple(Violation.Kind.WRONG_STATE, "duplicate", null, "skills.certificate-registered"),
                        tuple(Violation.Kind.INVALID_FIELD, "validation", CERTIFICATE_NO, "skills.certificate-no-taken"));
    }


    @Test
    void onlyCityAndCountyUsersImportCertificates() {
        assertThat(CertificateRules.importer(true, "county").allowed()).isTrue();
        assertThat(CertificateRules.importer(false, "village").violations())
                .extracting(Violation::kind, Violation::slug, v -> v.text().key(), v -> v.text().args())
                .containsExactly(tuple(Violation.Kind.FORBIDDEN, "forbidden", "skills.who", new Object[]{"village"}));
    }
}
