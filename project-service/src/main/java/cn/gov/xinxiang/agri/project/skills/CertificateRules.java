package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.imports.ImportError;

/**
 * The decisions on one certificate recorded through the JSON API, plain code: the import's row rules
 * ({@link CertificateValidator}) field by field, then the certificate number not registered already by its issuer.
 */
public final class CertificateRules {
    private CertificateRules() {
    }

    /** The bundle text that shows a row check's message as it was written (in the reader's language). */
    static final String AS_CHECKED = "skills.field-checked";

    /** The checked row, or every bad field as a 400 on it (the validator's messages, in the reader's language). */
    public static Decision<CertificateRow> checked(CertificateValidator.Result result) {
        return Decision.of(result.errors().stream().map(CertificateRules::onField).toList(), result.row());
    }

    /** A row error as a field violation; an error about the whole row is about the certificate. */
    static Violation onField(ImportError e) {
        Localized message = l -> e.in(l).message();
        return Violation.field(e.field() == null ? "certificate" : e.field(), AS_CHECKED, message);
    }

    /**
     * A certificate whose issuer and number are registered already is a conflict (409 {@code duplicate}, also on
     * {@code certificateNo}); else the row.
     */
    public static Decision<CertificateRow> unregistered(CertificateRow row, boolean registered) {
        if (registered) {
            return Decision.refuse(Violation.state("duplicate", "skills.certificate-registered", row.issuer(), row.certificateNo()),
                    Violation.field(CertificateColumns.CERTIFICATE_NO, "skills.certificate-no-taken"));
        }
        return Decision.allow(row);
    }

    /** Certificates are recorded or imported by city and county users only (403 {@code skills.who}, naming the caller's role). */
    public static Decision<String> importer(boolean cityOrCounty, String role) {
        return cityOrCounty ? Decision.allow(role) : Decision.refuse(Violation.forbidden("skills.who", role));
    }
}
