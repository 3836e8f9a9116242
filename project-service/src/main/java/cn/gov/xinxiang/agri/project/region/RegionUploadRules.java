package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.decision.Decision;
import cn.gov.xinxiang.agri.platform.decision.Violation;

import java.util.UUID;

/** The deciders of applying an uploaded directory, plain code: the service locks the upload and the directory's version. */
public final class RegionUploadRules {
    private RegionUploadRules() {
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
