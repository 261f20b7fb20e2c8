package vn.ansinh.bulkimport;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.shared.PageView;
import vn.ansinh.shared.ProblemException;

/** The job rows' short transactions: create, read, move between states. */
@ApplicationScoped
class ImportJobStore {

    @Inject
    ImportJobRepository jobs;

    @Inject
    Clock clock;

    /** What a worker needs to (re)start a job, read in one short transaction. */
    record Snapshot(UUID id, ImportFormat format, ImportKind kind, int resumePart, int resumeLine, ImportActorInfo uploader,
            Locale locale) {
    }

    @Transactional
    ImportJobView create(ImportActorInfo uploader, Locale locale, String fileName, ImportFormat format, ImportKind kind,
            String sha256, byte[] content, int totalRows) {
        UUID sameFile = jobs.findSameFile(uploader.username(), sha256).orElse(null);
        ImportJob job = new ImportJob(uploader, locale.toLanguageTag(), fileName, format, kind, sha256, content.length, totalRows,
                sameFile, clock.instant());
        jobs.persist(job);
        jobs.flush();
        jobs.storeContent(job.id, content);
        return ImportJobView.of(job);
    }

    @Transactional
    ImportJobView view(UUID id, String username) {
        return ImportJobView.of(owned(id, username));
    }

    @Transactional
    PageView<ImportJobView> page(String username, int page, int size) {
        List<ImportJobView> items = jobs.pageOfUploader(username, page, size).stream().map(ImportJobView::of).toList();
        return PageView.of(items, page, size, jobs.countOfUploader(username));
    }

    /** A FAILED job goes back to the queue; it continues after its last committed batch. */
    @Transactional
    ImportJobView resume(UUID id, String username) {
        ImportJob job = owned(id, username);
        if (!job.isResumable()) {
            throw ProblemException.conflict("import.not-resumable", job.status.name());
        }
        job.requeue();
        return ImportJobView.of(job);
    }

    @Transactional
    ImportFormat formatOf(UUID id, String username) {
        return owned(id, username).format;
    }

    @Transactional
    Optional<UUID> claimNext() {
        Optional<UUID> next = jobs.oldestQueued();
        return next.filter(id -> jobs.claim(id, clock.instant()));
    }

    @Transactional
    Snapshot snapshot(UUID id) {
        ImportJob job = jobs.findById(id);
        return new Snapshot(job.id, job.format, job.kind, job.resumePart, job.resumeLine, job.uploader(),
                Locale.forLanguageTag(job.locale));
    }

    @Transactional
    byte[] content(UUID id) {
        return jobs.loadContent(id);
    }

    @Transactional
    void succeed(UUID id) {
        ImportJob job = jobs.findById(id);
        if (job.status == ImportStatus.RUNNING) {
            job.succeed(clock.instant());
        }
    }

    @Transactional
    void fail(UUID id, String code) {
        ImportJob job = jobs.findById(id);
        if (job.status == ImportStatus.RUNNING) {
            job.fail(code, clock.instant());
        }
    }

    /** After a graceful shutdown between two batches: the next start continues the job by itself. */
    @Transactional
    void requeue(UUID id) {
        ImportJob job = jobs.findById(id);
        if (job.status == ImportStatus.RUNNING) {
            job.requeue();
        }
    }

    /** RUNNING jobs whose worker went silent died with their instance: FAILED, resumable. */
    @Transactional
    int failSilentJobs(Instant silentSince) {
        List<ImportJob> silent = jobs.runningSilentSince(silentSince);
        silent.forEach(job -> job.fail("import.interrupted", clock.instant()));
        return silent.size();
    }

    @Transactional
    List<ImportJobRepository.StoredIssue> issues(UUID id, long afterId, int limit) {
        return jobs.issues(id, afterId, limit);
    }

    private ImportJob owned(UUID id, String username) {
        return jobs.findOfUploader(id, username).orElseThrow(() -> ProblemException.notFound("import.not-found", id));
    }
}
