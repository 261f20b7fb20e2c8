package vn.ansinh.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.ProblemException;

/**
 * Simulations: "what if this version applied from month M in province P?" A job row records
 * progress; a background thread streams the province's registry in pages of {@value #PAGE} people,
 * evaluates each person in month M with and without the version (the pure evaluator, twice) and
 * sums the difference, so memory stays flat however large the province.
 */
@ApplicationScoped
public class SimulationService {

    static final int PAGE = 500;
    private static final Logger LOG = Logger.getLogger(SimulationService.class);

    @Inject
    PolicySimulationRepository simulations;

    @Inject
    PolicyVersionService versions;

    @Inject
    PolicyCache cache;

    @Inject
    Profiles profiles;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper json;

    @Inject
    Event<Queued> queued;

    @Inject
    Clock clock;

    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "policy-simulation");
        thread.setDaemon(true);
        return thread;
    });

    record Queued(UUID id) {
    }

    @Transactional
    public SimulationViews.SimulationView start(SimulationViews.NewSimulation request, Actor actor) {
        if (!actor.hasRole(Role.PROVINCE_OFFICER, Role.ADMIN) || actor.isCommuneScoped()) {
            throw new ProblemException(403, "auth.forbidden");
        }
        FieldErrors errors = new FieldErrors();
        String kind = errors.text("draftKind", request.draftKind(), 10, true);
        if (kind != null && !kind.equals("GROUP") && !kind.equals("LEVEL")) {
            errors.add("draftKind", "unknown-value", "GROUP, LEVEL");
        }
        errors.required("draftId", request.draftId());
        errors.required("fromMonth", request.fromMonth());
        errors.throwIfAny();
        PolicyVersionService.Draft draft = versions.draft(kind, request.draftId(), actor);
        String province = request.provinceCode() != null && !request.provinceCode().isBlank() ? request.provinceCode().strip()
                : draft.provinceCode() != null ? draft.provinceCode() : actor.provinceCode();
        if (province == null) {
            throw ProblemException.invalidField("provinceCode", "required");
        }
        if (!actor.isCountryScoped() && !province.equals(actor.provinceCode())) {
            throw ProblemException.notFound("area.not-found", province, LocalDate.now(clock).toString());
        }
        if (draft.provinceCode() != null && !draft.provinceCode().equals(province)) {
            throw ProblemException.invalidField("provinceCode", "policy.other-province");
        }
        PolicySimulation simulation = new PolicySimulation(province, kind, request.draftId(), request.fromMonth().atDay(1),
                actor.username(), clock.instant());
        simulations.persist(simulation);
        simulations.flush();
        audit.record(new AuditEntry(actor.username(), actor.role().name(), "policy.simulation-started", "POLICY_SIMULATION",
                simulation.id, province, null, List.of(new AuditEntry.Change("draft", null, kind + " " + request.draftId()),
                        new AuditEntry.Change("fromMonth", null, request.fromMonth().toString()))));
        queued.fire(new Queued(simulation.id));
        return view(simulation);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SimulationViews.SimulationView get(UUID id, Actor actor) {
        PolicySimulation simulation = simulations.findByIdOptional(id)
                .filter(s -> actor.isCountryScoped() || s.provinceCode.equals(actor.provinceCode()))
                .orElseThrow(() -> ProblemException.notFound("policy.simulation-not-found"));
        return view(simulation);
    }

    void submit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued job) {
        runner.submit(() -> run(job.id()));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }

    /** Runs one job to the end; pages read in their own transactions, progress committed after each page. */
    void run(UUID id) {
        try {
            PolicySimulation job = QuarkusTransaction.requiringNew().call(() -> {
                PolicySimulation s = simulations.findById(id);
                s.start(profiles.countInProvince(s.provinceCode), clock.instant());
                return s;
            });
            Actor owner = new Actor(job.createdBy, Role.ADMIN, vn.ansinh.identity.ScopeLevel.COUNTRY, null, null);
            PolicyVersionService.Draft draft = QuarkusTransaction.requiringNew().call(() -> versions.draft(job.draftKind, job.draftId, owner));
            LocalDate on = job.fromMonth;
            PolicySnapshot baseline = QuarkusTransaction.requiringNew().call(cache::snapshot);
            PolicySnapshot whatIf = draft.group() != null ? baseline.withDraft(draft.group(), on) : baseline.withDraft(draft.level(), on);
            SimulationTally tally = new SimulationTally();
            UUID after = null;
            while (true) {
                UUID from = after;
                List<Profile> page = QuarkusTransaction.requiringNew().call(() -> profiles.page(job.provinceCode, from, PAGE));
                for (Profile profile : page) {
                    tally.add(profile.communeCode(), Evaluator.evaluate(profile, on, baseline), Evaluator.evaluate(profile, on, whatIf));
                }
                int done = tally.people();
                QuarkusTransaction.requiringNew().run(() -> simulations.findById(id).progress(done));
                if (page.size() < PAGE) {
                    break;
                }
                after = page.get(page.size() - 1).personId();
            }
            String result = json.writeValueAsString(tally.result());
            QuarkusTransaction.requiringNew().run(() -> simulations.findById(id).finish(result, tally.people(), clock.instant()));
        } catch (Exception failure) {
            LOG.errorf(failure, "Simulation %s failed", id);
            QuarkusTransaction.requiringNew().run(() -> simulations.findByIdOptional(id)
                    .ifPresent(s -> s.fail(failure.getClass().getSimpleName() + ": " + failure.getMessage(), clock.instant())));
        }
    }

    private SimulationViews.SimulationView view(PolicySimulation s) {
        SimulationViews.SimulationResult result = null;
        if (s.result != null) {
            try {
                result = json.readValue(s.result, SimulationViews.SimulationResult.class);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new SimulationViews.SimulationView(s.id, s.provinceCode, s.draftKind, s.draftId, YearMonth.from(s.fromMonth),
                s.status.name(), s.done, s.total, result, s.failure, s.createdBy, s.createdAt, s.finishedAt);
    }
}
