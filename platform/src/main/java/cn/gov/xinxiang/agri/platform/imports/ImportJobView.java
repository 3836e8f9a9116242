package cn.gov.xinxiang.agri.platform.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An import job as clients poll it: status, counts and (single reads) every row's errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ImportJob", description = "A bulk import: validated whole, stored in one transaction or not at all")
public record ImportJobView(
        UUID id,
        @Schema(examples = "legacy-assets") String kind,
        @Schema(description = "QUEUED, RUNNING, SUCCEEDED or FAILED", examples = "FAILED") String status,
        @Schema(examples = "原阳县历史资产.xlsx") String fileName,
        @Schema(description = "SHA-256 of the uploaded file") String fileSha256,
        long fileSize,
        @Schema(description = "data rows in the file", examples = "1000") int totalRows,
        @Schema(description = "rows checked so far", examples = "1000") int processedRows,
        @Schema(description = "rows with at least one error", examples = "2") int failedRows,
        @Schema(description = "rows stored by this job", examples = "0") int createdRows,
        @Schema(description = "rows already stored with the same content (re-imported, unchanged)", examples = "0") int unchangedRows,
        @Schema(description = "errors found (errors[] holds at most agri.imports.max-errors of them)", examples = "3") int errorCount,
        @Schema(description = "every row's errors, by row; single reads only") List<ImportError> errors,
        @Schema(description = "why the job failed as a whole") String detail,
        String createdBy,
        @Schema(description = "the creator's region: the job is visible in its subtree and above", examples = "410725000000") String regionCode,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    public boolean finished() {
        return "SUCCEEDED".equals(status) || "FAILED".equals(status);
    }
}
