package vn.ansinh.bulkimport;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.jboss.logging.Logger;
import vn.ansinh.shared.Messages;

/**
 * Background import: each worker thread claims the oldest queued job (an atomic update, so
 * several instances may share one database), reads its file again and imports it batch by
 * batch from where it stopped. A job whose worker goes silent becomes FAILED and resumable.
 */
@ApplicationScoped
class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    @Inject
    ImportConfig config;

    @Inject
    ImportJobStore store;

    @Inject
    ImportBatchWriter writer;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean stopping;
    private volatile Instant nextSweep = Instant.EPOCH;
    private ExecutorService threads;

    /** Thrown inside a job's row loop when the application stops: the job goes back to the queue. */
    private static final class Stopping extends RuntimeException {
        Stopping() {
            super("stopping", null, false, false);
        }
    }

    void start(@Observes StartupEvent start) {
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "import-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < config.workers(); i++) {
            threads.submit(this::loop);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        wake.release(config.workers());
        threads.shutdown();
        try {
            threads.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job was queued: a waiting worker looks at once instead of at its next poll. */
    void wake() {
        wake.release();
    }

    private void loop() {
        while (!stopping) {
            try {
                sweepIfDue();
                Optional<UUID> job = store.claimNext();
                if (job.isPresent()) {
                    process(job.get());
                } else {
                    wake.tryAcquire(config.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.warnf(e, "Import worker: %s; retrying shortly", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void sweepIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plusSeconds(30);
        int failed = store.failSilentJobs(now.minus(config.staleAfter()));
        if (failed > 0) {
            LOG.warnf("%d import job(s) stopped reporting for %s and are now FAILED (resumable)", failed, config.staleAfter());
        }
    }

    void process(UUID jobId) {
        long started = System.nanoTime();
        ImportJobStore.Snapshot job = store.snapshot(jobId);
        try {
            FileSource source = FileSource.open(job.format(), store.content(jobId), job.kind(), config.maxRows());
            RowMapper mapper = new RowMapper(messages, job.locale());
            for (ImportPart part : source.parts()) {
                if (part.index < job.resumePart()) {
                    continue;
                }
                int after = part.index == job.resumePart() ? job.resumeLine() : 0;
                List<SourceRow> batch = new ArrayList<>(config.batchSize());
                source.read(part, after, row -> {
                    batch.add(row);
                    if (batch.size() >= config.batchSize()) {
                        flush(jobId, part, batch, mapper, job.uploader());
                    }
                });
                flush(jobId, part, batch, mapper, job.uploader());
            }
            store.succeed(jobId);
            LOG.infof("Import job %s done in %d ms", jobId, (System.nanoTime() - started) / 1_000_000);
        } catch (Stopping stop) {
            store.requeue(jobId);
            LOG.infof("Import job %s paused by shutdown; it continues at the next start", jobId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s failed; its committed batches stay, it can be resumed", jobId);
            store.fail(jobId, "import.batch-failed");
        }
    }

    private void flush(UUID jobId, ImportPart part, List<SourceRow> batch, RowMapper mapper, ImportActorInfo uploader) {
        if (stopping) {
            throw new Stopping();
        }
        if (!batch.isEmpty()) {
            writer.write(jobId, part, List.copyOf(batch), mapper, uploader);
            batch.clear();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
