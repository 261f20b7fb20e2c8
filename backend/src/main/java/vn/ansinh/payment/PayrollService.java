package vn.ansinh.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;
import vn.ansinh.shared.VietnameseText;

/** Payrolls: generation jobs, reading, the lifecycle, adjustments and reconciliation. */
@ApplicationScoped
public class PayrollService {

    static final String ENTITY = "PAYROLL";
    private static final Logger LOG = Logger.getLogger(PayrollService.class);

    @Inject
    PayrollRepository payrolls;

    @Inject
    PayrollRunRepository runs;

    @Inject
    PayrollRunStore runStore;

    @Inject
    PayrollGenerator generator;

    @Inject
    PaymentLines lines;

    @Inject
    AgentService agents;

    @Inject
    UnpaidRules unpaid;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    /** One run at a time per instance; across instances each commune's lock row makes runs take turns. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "payroll-generation");
        thread.setDaemon(true);
        return thread;
    });

    /** Communes of a run generated side by side, each in its own transaction (ADR 0027). */
    @ConfigProperty(name = "ansinh.payroll.generation-workers", defaultValue = "2")
    int generationWorkers;

    private ExecutorService communeWorkers;

    @PostConstruct
    void startWorkers() {
        AtomicInteger count = new AtomicInteger();
        communeWorkers = Executors.newFixedThreadPool(Math.max(1, generationWorkers), task -> {
            Thread thread = new Thread(task, "payroll-generation-commune-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        // Each commune is one transaction: a run cut off by a stop left whole communes or nothing; running it again
        // generates the others (ADR 0027).
        runs.update("status = 'FAILED', failure = 'interrupted: run it again' where status in ('QUEUED', 'RUNNING')");
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
        communeWorkers.shutdownNow();
    }

    // ---- generation ----------------------------------------------------------------------------

    /** Queues a generation (or answers the one already queued or running for the same scope and month). */
    public PayrollRunView startRun(PayrollRequests.NewRun request, Actor actor) {
        requireRole(actor, Role.SOCIAL_WORKER, Role.PROVINCE_OFFICER, Role.ADMIN);
        FieldErrors errors = new FieldErrors();
        errors.text("month", request.month(), 7, true);
        errors.throwIfAny();
        LocalDate month = Months.parse("month", request.month());
        YearMonth latest = YearMonth.now(clock).plusMonths(1);
        if (YearMonth.from(month).isAfter(latest) || month.getYear() < 2000) {
            throw new ProblemException(422, "payment.not-payable-month", Months.format(month));
        }
        String province = request.provinceCode() != null ? request.provinceCode() : actor.provinceCode();
        String commune = request.communeCode();
        if (actor.isCommuneScoped() && commune == null) {
            commune = actor.communeCode();
        }
        if (commune != null) {
            Optional<CommuneRef> found = areas.findCommune(commune, LocalDate.now(clock));
            if (found.isEmpty()) {
                throw ProblemException.invalidField("communeCode", "area.unknown-commune");
            }
            province = found.get().provinceCode();
        }
        if (province == null) {
            throw ProblemException.invalidField("provinceCode", "area.unknown-province");
        }
        if (!actor.canSee(province, commune == null ? actor.communeCode() : commune)
                || commune == null && actor.isCommuneScoped()) {
            throw ProblemException.invalidField(commune == null ? "provinceCode" : "communeCode", "area.out-of-scope");
        }
        PayrollRunStore.Queued queued = runStore.queue(province, commune, month, actor.username(), actor.role().name());
        if (queued.created()) {
            UUID id = queued.run().id();
            String p = province;
            String c = commune;
            worker.submit(() -> execute(id, p, c, month, actor));
        }
        return queued.run();
    }

    /**
     * A run: the communes with something to pay, each generated in its own transaction, {@code
     * ansinh.payroll.generation-workers} at a time; progress is communes done of communes. The first
     * failure stops the communes not yet started and fails the run; those done stay (a second run adds
     * the rest).
     */
    private void execute(UUID runId, String province, String commune, LocalDate month, Actor actor) {
        long started = System.nanoTime();
        PayrollGenerator.StepTimes times = new PayrollGenerator.StepTimes();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        try {
            List<String> communes = generator.communesToGenerate(province, commune, month);
            runStore.started(runId, communes.size());
            Instant now = clock.instant();
            List<Future<PayrollGenerator.Outcome>> results = new ArrayList<>();
            for (String c : communes) {
                results.add(communeWorkers.submit(() -> {
                    if (failure.get() != null) {
                        return new PayrollGenerator.Outcome(0, 0);
                    }
                    try {
                        PayrollGenerator.Outcome outcome = generator.generate(runId, province, c, month, actor.username(),
                                actor.role().name(), now, times);
                        runStore.progress(runId, done.incrementAndGet());
                        return outcome;
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, new IllegalStateException(c + ": " + e.getMessage(), e));
                        throw e;
                    }
                }));
            }
            PayrollGenerator.Outcome total = new PayrollGenerator.Outcome(0, 0);
            for (Future<PayrollGenerator.Outcome> result : results) {
                try {
                    total = total.plus(result.get());
                } catch (ExecutionException e) {
                    // recorded in failure
                }
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            runStore.finished(runId, total);
            LOG.infof("Payroll generation %s of %s%s for %s: %d communes, %d payrolls, %d lines in %d ms; steps:%s", runId,
                    province, commune == null ? "" : "/" + commune, Months.format(month), communes.size(),
                    total.payrollsCreated(), total.linesCreated(), (System.nanoTime() - started) / 1_000_000, times);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runStore.failed(runId, "interrupted: run it again");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Payroll generation %s failed", runId);
            runStore.failed(runId, done.get() + " communes generated before the failure; run it again for the others. "
                    + e.getMessage());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PayrollRunView getRun(UUID id, Actor actor) {
        return runs.findByIdOptional(id).filter(r -> actor.isCountryScoped() || r.provinceCode.equals(actor.provinceCode()))
                .filter(r -> !actor.isCommuneScoped() || actor.communeCode().equals(r.communeCode))
                .orElseThrow(() -> ProblemException.notFound("payment.run-not-found")).view();
    }

    // ---- reading -------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PayrollView> list(String communeCode, String month, PayrollStatus status, int page, int size, Actor actor) {
        LocalDate m = Months.parse("month", month);
        String province = actor.isCountryScoped() ? null : actor.provinceCode();
        String commune = actor.isCommuneScoped() ? actor.communeCode() : communeCode;
        if (actor.isCommuneScoped() && communeCode != null && !communeCode.equals(actor.communeCode())) {
            return PageView.of(List.of(), page, size, 0);
        }
        List<AgentUser> agentScope = actor.hasRole(Role.PAYMENT_AGENT) ? agents.assignmentsOf(actor.username()) : null;
        if (agentScope != null) {
            // An agent's scope is its assignments, whatever commune its account names.
            commune = communeCode;
        }
        List<PayrollView> items = payrolls.search(province, commune, m, status, agentScope, page, size).stream()
                .map(PayrollView::of).toList();
        return PageView.of(items, page, size, payrolls.countSearch(province, commune, m, status, agentScope));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PayrollView get(UUID id, Actor actor) {
        return PayrollView.of(visible(id, actor));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<PaymentLineView> lines(UUID payrollId, String q, String village, LineStatus status, int page, int size,
            Actor actor) {
        Payroll payroll = visible(payrollId, actor);
        String folded = q == null ? null : VietnameseText.fold(q);
        List<PaymentLineView> items = lines.ofPayroll(payroll.id, folded, village, status, page * size, size);
        return PageView.of(items, page, size, lines.countOfPayroll(payroll.id, folded, village, status));
    }

    /** The payroll if the actor may see it: its area; for an agent, an assignment to its commune and agent, once sent. */
    Payroll visible(UUID id, Actor actor) {
        Payroll payroll = payrolls.findByIdOptional(id).filter(p -> actor.canSee(p.provinceCode, p.communeCode)
                || actor.hasRole(Role.PAYMENT_AGENT))
                .orElseThrow(() -> ProblemException.notFound("payment.payroll-not-found"));
        if (actor.hasRole(Role.PAYMENT_AGENT) && !assignedAgent(payroll, actor)) {
            throw ProblemException.notFound("payment.payroll-not-found");
        }
        return payroll;
    }

    boolean assignedAgent(Payroll payroll, Actor actor) {
        return payroll.status != PayrollStatus.DRAFT && payroll.status != PayrollStatus.APPROVED
                && agents.assignmentsOf(actor.username()).stream()
                        .anyMatch(a -> a.communeCode.equals(payroll.communeCode) && a.agentId.equals(payroll.agentId));
    }

    // ---- lifecycle -----------------------------------------------------------------------------

    @Transactional
    public PayrollView approve(UUID id, Actor actor) {
        requireRole(actor, Role.APPROVER, Role.PROVINCE_OFFICER, Role.ADMIN);
        Payroll payroll = visible(id, actor);
        payroll.approve(actor.username(), clock.instant());
        record(actor, "payroll.approved", payroll, "status", "DRAFT", "APPROVED");
        return flushed(payroll);
    }

    @Transactional
    public PayrollView send(UUID id, Actor actor) {
        requireRole(actor, Role.SOCIAL_WORKER, Role.PROVINCE_OFFICER, Role.ADMIN);
        Payroll payroll = visible(id, actor);
        if (payroll.agentId == null) {
            payroll.agentId = agents.activeServicePoint(payroll.communeCode).map(p -> p.agentId).orElse(null);
            payroll.servicePointId = agents.activeServicePoint(payroll.communeCode).map(p -> p.id).orElse(null);
        }
        payroll.send(actor.username(), clock.instant());
        record(actor, "payroll.sent", payroll, "status", "APPROVED", "SENT");
        return flushed(payroll);
    }

    @Transactional
    public PayrollView acknowledge(UUID id, PayrollRequests.Acknowledgement request, Actor actor) {
        requireRole(actor, Role.PAYMENT_AGENT);
        Payroll payroll = visible(id, actor);
        payroll.acknowledge(request.lineCount(), request.totalVnd(), actor.username(), clock.instant());
        record(actor, "payroll.acknowledged", payroll, "status", "SENT", "ACKNOWLEDGED");
        return flushed(payroll);
    }

    /** Closes after reconciliation: lines still pending are recorded as not reported and carry over. */
    @Transactional
    public PayrollView close(UUID id, Actor actor) {
        requireRole(actor, Role.SOCIAL_WORKER, Role.PROVINCE_OFFICER, Role.ADMIN);
        Payroll payroll = visible(id, actor);
        payroll.require(PayrollStatus.ACKNOWLEDGED);
        List<UUID> unreported = unpaid.closePending(payroll.id, payroll.provinceCode, payroll.communeCode, payroll.month,
                actor.username());
        payroll.close(agents.settingOf(payroll.provinceCode).feePercent, actor.username(), clock.instant());
        record(actor, "payroll.closed", payroll, "notReported", null, Integer.toString(unreported.size()));
        payrolls.flush();
        for (UUID entitlementId : unreported) {
            unpaid.checkUncollected(entitlementId, payroll.month, actor.username());
        }
        return PayrollView.of(payroll);
    }

    @Transactional
    public PaymentLineView adjust(UUID payrollId, PayrollRequests.NewAdjustment request, Actor actor) {
        requireRole(actor, Role.SOCIAL_WORKER, Role.PROVINCE_OFFICER, Role.ADMIN);
        Payroll payroll = visible(payrollId, actor);
        FieldErrors errors = new FieldErrors();
        String reason = errors.text("reason", request.reason(), 200, true);
        if (request.amountVnd() == 0) {
            errors.add("amountVnd", "payment.adjustment-zero");
        }
        errors.throwIfAny();
        PaymentLineView corrected = lines.find(request.lineId()).filter(l -> l.payrollId().equals(payroll.id))
                .filter(l -> l.kind() == LineKind.REGULAR || l.kind() == LineKind.ARREARS || l.kind() == LineKind.CARRY_OVER)
                .orElseThrow(() -> new ProblemException(422, "payment.line-not-adjustable"));
        payroll.adjust(request.amountVnd());
        UUID id = Uuids.timeOrdered();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into payment_line (id, payroll_id, run_id, province_code, commune_code, month, kind, entitlement_id,
                            person_id, amount_vnd, first_month, last_month, month_count, source_id, full_name, folded_name,
                            national_id, village_name, programme_code, group_code, coefficient, standard_level_vnd, note, status,
                            created_at, version)
                        select ?, payroll_id, null, province_code, commune_code, month, 'ADJUSTMENT', entitlement_id, person_id, ?,
                               null, null, 0, id, full_name, folded_name, national_id, village_name, programme_code, group_code,
                               coefficient, standard_level_vnd, ?, 'PENDING', ?, 0
                        from payment_line where id = ?""")) {
            insert.setBytes(1, Uuids.bytes(id));
            insert.setLong(2, request.amountVnd());
            insert.setString(3, reason);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.setBytes(5, Uuids.bytes(corrected.id()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add an adjustment", e);
        }
        audit.record(new AuditEntry(actor.username(), actor.role().name(), "payroll.adjusted", ENTITY, payroll.id,
                payroll.provinceCode, payroll.communeCode, List.of(new AuditEntry.Change("line", null, id.toString()),
                        new AuditEntry.Change("amountVnd", null, request.amountVnd().toString()),
                        new AuditEntry.Change("reason", null, reason))));
        payrolls.flush();
        return lines.find(id).orElseThrow();
    }

    // ---- reconciliation ------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReconciliationView reconciliation(UUID id, Actor actor) {
        return reconcile(visible(id, actor));
    }

    ReconciliationView reconcile(Payroll payroll) {
        int paidCount = 0;
        int notPaidCount = 0;
        int pendingCount = 0;
        long paid = 0;
        long notPaid = 0;
        long pending = 0;
        Map<NotPaidReason, long[]> byReason = new EnumMap<>(NotPaidReason.class);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select status, not_paid_reason, count(*), coalesce(sum(amount_vnd), 0) from payment_line
                        where payroll_id = ? group by status, not_paid_reason""")) {
            select.setBytes(1, Uuids.bytes(payroll.id));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int count = rows.getInt(3);
                    long amount = rows.getLong(4);
                    switch (LineStatus.valueOf(rows.getString(1))) {
                        case PAID -> {
                            paidCount += count;
                            paid += amount;
                        }
                        case PENDING -> {
                            pendingCount += count;
                            pending += amount;
                        }
                        case NOT_PAID -> {
                            notPaidCount += count;
                            notPaid += amount;
                            long[] totals = byReason.computeIfAbsent(NotPaidReason.valueOf(rows.getString(2)), r -> new long[2]);
                            totals[0] += count;
                            totals[1] += amount;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reconcile", e);
        }
        BigDecimal fee = payroll.feePercent != null ? payroll.feePercent : agents.settingOf(payroll.provinceCode).feePercent;
        long feeVnd = BigDecimal.valueOf(paid).multiply(fee).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
                .longValueExact();
        Map<NotPaidReason, ReconciliationView.Totals> reasons = new EnumMap<>(NotPaidReason.class);
        byReason.forEach((reason, totals) -> reasons.put(reason, new ReconciliationView.Totals((int) totals[0], totals[1])));
        return new ReconciliationView(payroll.id, payroll.communeCode, Months.format(payroll.month), payroll.status,
                payroll.month.withDayOfMonth(20),
                new ReconciliationView.Totals(payroll.payableLineCount(), payroll.payableTotalVnd()),
                new ReconciliationView.Totals(paidCount, paid), new ReconciliationView.Totals(notPaidCount, notPaid),
                new ReconciliationView.Totals(pendingCount, pending), reasons, payroll.payableTotalVnd() - paid, fee, feeVnd);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private PayrollView flushed(Payroll payroll) {
        payrolls.flush();
        return PayrollView.of(payroll);
    }

    private void record(Actor actor, String action, Payroll payroll, String field, String before, String after) {
        audit.record(new AuditEntry(actor.username(), actor.role().name(), action, ENTITY, payroll.id, payroll.provinceCode,
                payroll.communeCode, List.of(new AuditEntry.Change(field, before, after))));
    }

    static void requireRole(Actor actor, Role... roles) {
        if (!actor.hasRole(roles)) {
            throw new io.quarkus.security.ForbiddenException();
        }
    }
}
