package vn.ansinh.payment;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The job row's progress, each change in its own short transaction so that pollers see it at once. */
@ApplicationScoped
class PayrollRunStore {

    @Inject
    PayrollRunRepository runs;

    @Inject
    Clock clock;

    /** The queued run, and whether it is new (a run already queued or running for the same scope and month is joined). */
    record Queued(PayrollRunView run, boolean created) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Queued queue(String province, String commune, java.time.LocalDate month, String by, String role) {
        java.util.Optional<PayrollRun> active = runs.findActive(province, commune, month);
        if (active.isPresent()) {
            return new Queued(active.get().view(), false);
        }
        PayrollRun run = new PayrollRun(vn.ansinh.shared.Uuids.timeOrdered(), province, commune, month, by, role, clock.instant());
        runs.persist(run);
        return new Queued(run.view(), true);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void started(UUID id, int communes) {
        PayrollRun run = runs.findById(id);
        run.status = "RUNNING";
        run.stepsTotal = communes;
        run.startedAt = clock.instant();
    }

    /** Communes finish side by side: the count only ever goes up, whichever commit comes last. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void progress(UUID id, int done) {
        runs.update("stepsDone = greatest(stepsDone, ?1) where id = ?2", done, id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finished(UUID id, PayrollGenerator.Outcome outcome) {
        PayrollRun run = runs.findById(id);
        run.status = "DONE";
        run.stepsDone = run.stepsTotal;
        run.payrollsCreated = outcome.payrollsCreated();
        run.linesCreated = outcome.linesCreated();
        run.finishedAt = clock.instant();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(UUID id, String failure) {
        PayrollRun run = runs.findById(id);
        run.status = "FAILED";
        run.failure = failure == null ? "unknown" : failure.substring(0, Math.min(500, failure.length()));
        run.finishedAt = clock.instant();
    }
}
