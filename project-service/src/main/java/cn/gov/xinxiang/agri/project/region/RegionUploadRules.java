package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.util.UUID;

/** The deciders of applying an uploaded directory, plain code: the service locks the upload and the directory's version. */
public final class RegionUploadRules {
    private RegionUploadRules() {
    }

    /** An uploaded directory file has some text (400 {@code empty-upload}). */
    public static Decision<String> notEmpty(String text) {
        return text == null || text.isBlank() ? Decision.refuse(Violation.malformed("empty-upload", "import.file-empty")) : Decision.allow(text);
    }

    /**
     * Applying names the preview it confirms, by the token the preview answered as its ETag, in If-Match: 428 without it,
     * 412 when it names another preview than this one.
     */
    public static Decision<String> confirms(String ifMatch, String token) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return Decision.refuse(Violation.unconditional("precondition-required", "region-upload.if-match-required"));
        }
        String sent = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        return sent.equals(token) ? Decision.allow(token) : Decision.refuse(Violation.stale("stale-write", "region-upload.wrong-token", token));
    }

    /** An upload is applied once: it must still be a preview (409 {@code upload-applied}). */
    public static Decision<UUID> stillPreview(UUID upload, String status) {
        return "PREVIEWED".equals(status) ? Decision.allow(upload)
                : Decision.refuse(Violation.state("upload-applied", "region-upload.applied", upload));
    }

    /**
     * The preview was taken of the directory as it still is: the revision the apply makes ({@code revision}) is the next
     * after the preview's {@code base} (409 {@code preview-outdated} otherwise).
     */
    public static Decision<Long> unchangedSince(long base, long revision) {
        return revision == base + 1 ? Decision.allow(revision)
                : Decision.refuse(Violation.state("preview-outdated", "region-upload.outdated", base, revision - 1));
    }
}
