package cn.gov.xinxiang.agri.project.region;

import cn.gov.xinxiang.agri.platform.decision.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Applying an uploaded directory, decided in plain code. */
class RegionUploadRulesTest {

    static final UUID UPLOAD = UUID.randomUUID();

    @Test
    void anUploadIsAppliedOnce() {
        assertThat(RegionUploadRules.stillPreview(UPLOAD, "PREVIEWED").change()).isEqualTo(UPLOAD);
        assertThat(RegionUploadRules.stillPreview(UPLOAD, "APPLIED").violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.slug(), v.text().key(), v.text().args()[0]))
                        .containsExactly(Violation.Kind.WRONG_STATE, "upload-applied", "region-upload.applied", UPLOAD));
    }

    @Test
    void aPreviewOfAnOlderDirectoryIsOutdated() {
        assertThat(RegionUploadRules.unchangedSince(7, 8).change()).isEqualTo(8L);
        assertThat(RegionUploadRules.unchangedSince(7, 10).violations()).singleElement()
                .satisfies(v -> {
                    assertThat(List.of(v.kind(), v.slug(), v.text().key()))
                            .containsExactly(Violation.Kind.WRONG_STATE, "preview-outdated", "region-upload.outdated");
                    assertThat(v.text().args()).containsExactly(7L, 9L);
                });
    }

    @Test
    void anEmptyFileIsMalformed() {
        assertThat(RegionUploadRules.notEmpty("code,name").allowed()).isTrue();
        assertThat(RegionUploadRules.notEmpty("  \n").violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.slug(), v.text().key()))
                        .containsExactly(Violation.Kind.MALFORMED, "empty-upload", "import.file-empty"));
    }

    @Test
    void applyingNamesThePreviewItConfirms() {
        assertThat(RegionUploadRules.confirms("W/\"abc\"", "abc").change()).isEqualTo("abc");
        assertThat(RegionUploadRules.confirms(" ", "abc").violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.slug(), v.text().key()))
                        .containsExactly(Violation.Kind.UNCONDITIONAL, "precondition-required", "region-upload.if-match-required"));
        assertThat(RegionUploadRules.confirms("\"old\"", "abc").violations()).singleElement()
                .satisfies(v -> assertThat(List.of(v.kind(), v.slug(), v.text().key(), v.text().args()[0]))
                        .containsExactly(Violation.Kind.STALE, "stale-write", "region-upload.wrong-token", "abc"));
    }
}
