package vn.ansinh.benefit;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.ProblemException;

/**
 * The monthly re-evaluation before each payroll, as a job per province and month: every active
 * entitlement is re-evaluated in its own transaction (one failure never undoes the others), and
 * the job row carries the progress the SPA polls. Running it again for the same month changes
 * nothing that the first run changed.
 */
@ApplicationScoped
public class ReevaluationService {

    private static final Logger LOG = Logger.getLogger(ReevaluationService.class);
    private static final int PROGRESS_EVERY = 25;

    @Inject
    ReevaluationJobRepository jobs;

    @Inject
    EntitlementRepository entitlements;

    @Inject
    Reevaluation reevaluation;

    @Inject
    Clock clock;

    private ExecutorService runner;

    void start(@Observes StartupEvent start) {
        runner = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "reevaluation");
            thread.setDaemon(true);
            return thread;
        });
        QuarkusTransaction.requiringNew().run(() -> jobs.findRunning()
                .forEach(job -> job.finish(ReevaluationJob.INTERRUPTED, "The application stopped; run it again", clock.instant())));
    }

    void stop(@Observes ShutdownEvent stop) {
        if (runner != null) {
            runner.shutdownNow();
        }
    }

    /** Starts the re-evaluation of a province for a month; 409 {@code reevaluation.running} while one runs. */
    public ReevaluationView start(String provinceCode, YearMonth month, Actor actor) {
        if (!actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden");
        }
        if (provinceCode == null || !actor.isCountryScoped() && !provinceCode.equals(actor.provinceCode())) {
            throw ProblemException.invalidField("provinceCode", "area.out-of-scope");
        }
        ReevaluationJob job = QuarkusTransaction.requiringNew().call(() -> {
            if (jobs.isRunning(provinceCode, month.atDay(1))) {
                throw ProblemException.conflict("reevaluation.running", month.toString());
            }
            List<UUID> ids = entitlements.findActiveIds(provinceCode);
            ReevaluationJob created = new ReevaluationJob(provinceCode, month, ids.size(), actor.username(), clock.instant());
            jobs.persist(created);
            return created;
        });
        UUID id = job.id;
        runner.submit(() -> run(id));
        return ReevaluationView.of(job);
    }

    /** Runs a job to its end; also called directly by tests that need it finished. */
    void run(UUID jobId) {
        ReevaluationJob job = QuarkusTransaction.requiringNew().call(() -> jobs.findById(jobId));
        String actor = job.startedBy;
        YearMonth month = job.month();
        try {
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> entitlements.findActiveIds(job.provinceCode));
            int done = 0;
            int applied = 0;
            int proposed = 0;
            for (UUID id : ids) {
                try {
                    Reevaluation.Outcome outcome = QuarkusTransaction.requiringNew().call(() -> reevaluation.reevaluate(id, month, actor));
                    applied += outcome.applied();
                    proposed += outcome.proposed();
                } catch (RuntimeException failed) {
                    LOG.warnf(failed, "Re-evaluation of entitlement %s for %s failed", id, month);
                }
                done++;
                if (done % PROGRESS_EVERY == 0) {
                    progress(jobId, done, applied, proposed);
                    done = 0;
                    applied = 0;
                    proposed = 0;
                }
            }
            int lastDone = done;
            int lastApplied = applied;
            int lastProposed = proposed;
            QuarkusTransaction.requiringNew().run(() -> {
                ReevaluationJob row = jobs.findById(jobId);
                row.progressed(lastDone, lastApplied, lastProposed);
                row.finish(ReevaluationJob.DONE, null, clock.instant());
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Re-evaluation job %s failed", jobId);
            QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).finish(ReevaluationJob.FAILED, e.getMessage(), clock.instant()));
        }
    }

    private void progress(UUID jobId, int done, int applied, int proposed) {
        QuarkusTransaction.requiringNew().run(() -> jobs.findById(jobId).progressed(done, applied, proposed));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReevaluationView get(UUID id, Actor actor) {
        return jobs.findByIdOptional(id).filter(j -> actor.isCountryScoped() || j.provinceCode.equals(actor.provinceCode()))
                .map(ReevaluationView::of).orElseThrow(() -> ProblemException.notFound("reevaluation.not-found"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReevaluationView> recent(Actor actor) {
        return jobs.findRecent(actor.isCountryScoped() ? null : actor.provinceCode()).stream().map(ReevaluationView::of).toList();
    }
}
