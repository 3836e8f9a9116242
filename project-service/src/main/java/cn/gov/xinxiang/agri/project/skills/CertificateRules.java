package cn.gov.xinxiang.agri.project.skills;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;
import cn.gov.xinxiang.agri.platform.i18n.Localized;
import cn.gov.xinxiang.agri.platform.imports.ImportColumn;
import cn.gov.xinxiang.agri.platform.imports.ImportError;

import java.util.List;

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

    /** An uploaded CSV has a body (400 {@code empty-import}). */
    public static Decision<Integer> body(byte[] body) {
        return body == null || body.length == 0 ? Decision.refuse(Violation.malformed("empty-import", "import.no-file"))
                : Decision.allow(body.length);
    }

    /**
     * A CSV is the template: a header naming every required column of {@code columns} (by header, with or without *, or
     * key) and no cell longer than {@code maxCell} characters (no field of the template is; an XLSX cell could not hold
     * it either). Refused at once, 400, before a job is stored: {@code empty-import}, {@code bad-header},
     * {@code cell-too-long}.
     */
    public static Decision<Integer> csvTable(List<List<String>> rows, List<ImportColumn> columns, int maxCell) {
        if (rows.isEmpty()) {
            return Decision.refuse(Violation.malformed("empty-import", "import.no-header"));
        }
        List<String> given = rows.get(0).stream().map(h -> h.strip().replace("*", "")).toList();
        List<String> missing = columns.stream().filter(ImportColumn::required)
                .filter(c -> !given.contains(c.header()) && !given.contains(c.key())).map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            return Decision.refuse(Violation.malformed("bad-header", "import.header-lacks", String.join("、", missing),
                    String.join("、", columns.stream().map(ImportColumn::header).toList())));
        }
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (cells.get(c).length() > maxCell) {
                    return Decision.refuse(Violation.malformed("cell-too-long", "import.cell-too-long", r + 1, c + 1, maxCell));
                }
            }
        }
        return Decision.allow(rows.size());
    }

    /** At most {@code maxRows} certificates a file (400 {@code import-too-large}). */
    public static Decision<Integer> rowCount(int rows, int maxRows) {
        return rows > maxRows ? Decision.refuse(Violation.malformed("import-too-large", "import.too-many-rows", maxRows)) : Decision.allow(rows);
    }
}
