package vn.ansinh.bulkimport;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One uploaded file being imported. Its counters and its resume point ({@code resumePart},
 * {@code resumeLine}) change only together with the batch they describe, in one transaction, so
 * that after a crash the job resumes at the first line not yet committed.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    UUID id;

    @Column(name = "province_code")
    String provinceCode;

    @Column(name = "commune_code")
    String communeCode;

    @Column(name = "created_by", nullable = false)
    String createdBy;

    @Column(name = "created_by_role", nullable = false)
    String createdByRole;

    @Column(name = "scope_level", nullable = false)
    String scopeLevel;

    @Column(name = "scope_code")
    String scopeCode;

    @Column(nullable = false)
    String locale;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ImportFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ImportKind kind;

    @Column(nullable = false)
    String sha256;

    @Column(name = "size_bytes", nullable = false)
    long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    ImportStatus status;

    @Column(name = "total_rows", nullable = false)
    int totalRows;

    @Column(name = "processed_rows", nullable = false)
    int processedRows;

    @Column(name = "stored_rows", nullable = false)
    int storedRows;

    @Column(name = "unchanged_rows", nullable = false)
    int unchangedRows;

    @Column(name = "failed_rows", nullable = false)
    int failedRows;

    @Column(name = "resume_part", nullable = false)
    int resumePart;

    @Column(name = "resume_line", nullable = false)
    int resumeLine;

    @Column(name = "same_file_as")
    UUID sameFileAs;

    @Column(name = "failure_code")
    String failureCode;

    @Column(nullable = false)
    int attempts;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "heartbeat_at")
    Instant heartbeatAt;

    @Column(name = "finished_at")
    Instant finishedAt;

    @Version
    long version;

    protected ImportJob() {
    }

    ImportJob(ImportActorInfo uploader, String locale, String fileName, ImportFormat format, ImportKind kind, String sha256,
            long sizeBytes, int totalRows, UUID sameFileAs, Instant now) {
        this.id = UUID.randomUUID();
        this.createdBy = uploader.username();
        this.createdByRole = uploader.role();
        this.scopeLevel = uploader.scopeLevel();
        this.scopeCode = uploader.scopeCode();
        this.provinceCode = uploader.provinceCode();
        this.communeCode = uploader.communeCode();
        this.locale = locale;
        this.fileName = fileName;
        this.format = format;
        this.kind = kind;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.totalRows = totalRows;
        this.sameFileAs = sameFileAs;
        this.status = ImportStatus.QUEUED;
        this.createdAt = now;
    }

    ImportActorInfo uploader() {
        return new ImportActorInfo(createdBy, createdByRole, scopeLevel, scopeCode, provinceCode);
    }

    /** A batch is committed: counters and resume point move together. */
    void advance(ImportPart part, int lastLine, int rows, int stored, int unchanged, int failed, Instant now) {
        if (status != ImportStatus.RUNNING) {
            throw new IllegalStateException("Job " + id + " is " + status + ", not RUNNING");
        }
        processedRows += rows;
        storedRows += stored;
        unchangedRows += unchanged;
        failedRows += failed;
        resumePart = part.index;
        resumeLine = lastLine;
        heartbeatAt = now;
    }

    void succeed(Instant now) {
        status = ImportStatus.SUCCEEDED;
        failureCode = null;
        finishedAt = now;
        heartbeatAt = now;
    }

    void fail(String code, Instant now) {
        status = ImportStatus.FAILED;
        failureCode = code;
        finishedAt = now;
    }

    /** Back in the queue where it stopped: after a graceful shutdown, or resumed by its uploader after a failure. */
    void requeue() {
        status = ImportStatus.QUEUED;
        failureCode = null;
        finishedAt = null;
    }

    boolean isResumable() {
        return status == ImportStatus.FAILED;
    }
}
