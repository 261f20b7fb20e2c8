package vn.ansinh.bulkimport;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import job as its uploader follows it: status, progress and where to get the error report. */
@Schema(name = "ImportJobView", description = "An import job: status, progress counters and the error report's address")
public record ImportJobView(
        @Schema(required = true, examples = "0193a5c2-7b1e-7c3a-9d2f-5e8b1a2c3d4e") UUID id,
        @Schema(required = true, description = "QUEUED → RUNNING → SUCCEEDED, or FAILED (resumable)") ImportStatus status,
        @Schema(required = true, examples = "ho-ngheo-muong-chien.xlsx") String fileName,
        @Schema(required = true) ImportFormat format,
        @Schema(required = true, description = "HOUSEHOLDS or PEOPLE for a CSV; WORKBOOK for an XLSX with both sheets") ImportKind kind,
        @Schema(required = true, description = "SHA-256 of the file, hex", examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(required = true, description = "File size in bytes", examples = "48213") long sizeBytes,
        @Schema(required = true, description = "Data rows in the file (both sheets of a workbook)", examples = "1200") int totalRows,
        @Schema(required = true, description = "Rows done so far: stored + unchanged + failed", examples = "1000") int processedRows,
        @Schema(required = true, description = "Rows that created or changed a household or a person", examples = "950") int storedRows,
        @Schema(required = true, description = "Rows already imported before (same household code, same person): nothing stored", examples = "30") int unchangedRows,
        @Schema(required = true, description = "Rows refused; see the error report", examples = "20") int failedRows,
        @Schema(required = true, nullable = true, description = "An earlier job of yours with exactly the same file: its rows come out unchanged") UUID sameFileAsJobId,
        @Schema(required = true, nullable = true, description = "Why a FAILED job stopped (e.g. `import.interrupted`); it can be resumed", examples = "import.interrupted") String failureCode,
        @Schema(required = true, description = "Whether POST /imports/{id}/resumption may continue it") boolean resumable,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true) Instant startedAt,
        @Schema(required = true, nullable = true) Instant finishedAt,
        @Schema(required = true, nullable = true, description = "CSV of the refused rows (line, column, code, reason); null while no row failed",
                examples = "/api/v1/imports/0193a5c2-7b1e-7c3a-9d2f-5e8b1a2c3d4e/errors") String errorReportHref) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id, job.status, job.fileName, job.format, job.kind, job.sha256, job.sizeBytes, job.totalRows,
                job.processedRows, job.storedRows, job.unchangedRows, job.failedRows, job.sameFileAs, job.failureCode,
                job.isResumable(), job.createdAt, job.startedAt, job.finishedAt,
                job.failedRows > 0 ? "/api/v1/imports/" + job.id + "/errors" : null);
    }
}
