package vn.ansinh.benefit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ansinh.area.AreaService;
import vn.ansinh.area.CommuneRef;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.person.PersonService;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.PageView;
import vn.ansinh.shared.ProblemException;

/**
 * Entitlements: created by decisions, read by payroll, changed only through the transitions the
 * law names (suspension, resumption, termination, transfer, a new dated amount). Every change is
 * audited; history is never rewritten.
 */
@ApplicationScoped
public class BenefitService {

    static final String ENTITY = "ENTITLEMENT";
    public static final String HREF = "/api/v1/entitlements/";
    /** Actor role recorded in the audit trail for changes made by the system itself (jobs, payment). */
    static final String SYSTEM_ROLE = "SYSTEM";

    @Inject
    EntitlementRepository entitlements;

    @Inject
    EntitlementVersionRepository versions;

    @Inject
    EntitlementSuspensionRepository suspensions;

    @Inject
    EntitlementProposalRepository proposals;

    @Inject
    PersonService people;

    @Inject
    AreaService areas;

    @Inject
    AuditService audit;

    @Inject
    Clock clock;

    // ---- creating ------------------------------------------------------------------------

    /**
     * The entitlement a signed decision grants, with its first amount version effective from the
     * start month. 409 {@code entitlement.exists} when the person already holds an open
     * entitlement of the same group.
     */
    @Transactional
    public EntitlementView createFromDecision(DecisionGrant grant, String actor) {
        return view(create(grant, actor, SYSTEM_ROLE));
    }

    /** As {@link #createFromDecision(DecisionGrant, String)}, audited with the caller's role. */
    @Transactional
    public EntitlementView createFromDecision(DecisionGrant grant, Actor actor) {
        return view(create(grant, actor.username(), actor.role().name()));
    }

    Entitlement create(DecisionGrant grant, String actor, String role) {
        FieldErrors errors = new FieldErrors();
        errors.required("personId", grant.personId());
        errors.text("provinceCode", grant.provinceCode(), 2, true);
        errors.text("communeCode", grant.communeCode(), 5, true);
        errors.text("programmeCode", grant.programmeCode(), 40, true);
        errors.text("groupCode", grant.groupCode(), 60, true);
        errors.required("startMonth", grant.startMonth());
        errors.text("decisionNumber", grant.decisionNumber(), 50, true);
        errors.required("decisionDate", grant.decisionDate());
        errors.text("signer", grant.signer(), 200, true);
        errors.required("amount", grant.amount());
        errors.throwIfAny();
        if (!entitlements.findOpenOfPersonInGroup(grant.personId(), grant.groupCode()).isEmpty()) {
            throw ProblemException.conflict("entitlement.exists", grant.groupCode());
        }
        Entitlement entitlement = new Entitlement(grant.provinceCode(), grant.communeCode(), grant.personId(), grant.caseId(),
                grant.programmeCode(), grant.groupCode(), grant.startMonth(), grant.decisionNumber().strip(), grant.decisionDate(),
                grant.signer().strip(), clock.instant());
        entitlements.persist(entitlement);
        EntitlementVersion first = new EntitlementVersion(entitlement, grant.startMonth(), grant.amount(), "DECISION", clock.instant());
        versions.persist(first);
        entitlements.flush();
        audit.record(entry(actor, role, "entitlement.created", entitlement, List.of(
                change("group", null, entitlement.programmeCode + "/" + entitlement.groupCode),
                change("startMonth", null, entitlement.start()), change("decision", null, entitlement.decisionNumber),
                change("amount", null, first.describe()))));
        return entitlement;
    }

    // ---- reading -------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public EntitlementView get(UUID id, Actor actor) {
        return view(visible(id, actor));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<EntitlementView> list(String communeCode, UUID personId, EntitlementStatus status, int page, int size, Actor actor) {
        String province = actor.isCountryScoped() ? null : actor.provinceCode();
        String commune = actor.isCommuneScoped() ? actor.communeCode() : null;
        if (communeCode != null && !communeCode.isBlank()) {
            CommuneRef asked = areas.findCommune(communeCode.strip(), LocalDate.now(clock))
                    .filter(c -> actor.canSee(c.provinceCode(), c.code()))
                    .orElseThrow(() -> ProblemException.notFound("area.not-found", communeCode, LocalDate.now(clock).toString()));
            province = asked.provinceCode();
            commune = asked.code();
        }
        EntitlementRepository.Filter filter = new EntitlementRepository.Filter(province, commune, personId, status);
        List<Entitlement> found = entitlements.findPage(filter, page, size);
        long total = page == 0 && found.size() < size ? found.size() : entitlements.countMatching(filter);
        Map<UUID, String> names = people.namesOf(found.stream().map(e -> e.personId).distinct().toList());
        return PageView.of(found.stream().map(e -> view(e, names.get(e.personId))).toList(), page, size, total);
    }

    /** Every month from the start to {@code to} (default: the end month, or this month while open), owed or withheld. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntitlementMonthView> months(UUID id, YearMonth to, Actor actor) {
        Entitlement entitlement = visible(id, actor);
        YearMonth last = to != null ? to : entitlement.endMonth != null ? entitlement.end() : YearMonth.now(clock);
        List<EntitlementVersion> history = versions.findOf(id);
        List<EntitlementSuspension> pauses = suspensions.findOf(id);
        List<EntitlementMonthView> months = new ArrayList<>();
        for (YearMonth month = entitlement.start(); !month.isAfter(last) && entitlement.covers(month); month = month.plusMonths(1)) {
            YearMonth m = month;
            boolean withheld = pauses.stream().anyMatch(s -> s.withholds(m));
            long amount = amountIn(history, m).map(v -> v.amountVnd).orElse(0L);
            months.add(new EntitlementMonthView(m, withheld ? EntitlementMonthView.MonthState.WITHHELD
                    : EntitlementMonthView.MonthState.PAYABLE, withheld ? 0 : amount));
        }
        return months;
    }

    /** The entitlements of a person (all statuses), for casefile and the person page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EntitlementView> ofPerson(UUID personId) {
        return entitlements.findOfPerson(personId).stream().map(this::view).toList();
    }

    // ---- lifecycle -----------------------------------------------------------------------

    @Transactional
    public EntitlementView suspend(UUID id, BenefitRequests.Suspend request, Long expectedVersion, Actor actor) {
        requireDecider(actor);
        Entitlement entitlement = visible(id, actor);
        checkVersion(expectedVersion, entitlement.version);
        FieldErrors errors = new FieldErrors();
        String reason = errors.text("reason", request.reason(), 40, true);
        errors.throwIfAny();
        suspendFrom(entitlement, request.fromMonth(), reason, actor.username(), actor.role().name());
        return view(entitlement);
    }

    /**
     * Suspends an entitlement whose allowance went uncollected 3 months running (domain §4), from
     * the first uncollected month. Called by payment; an entitlement already suspended or ended is
     * left as it is (the call is idempotent).
     */
    @Transactional
    public void suspendUncollected(UUID entitlementId, YearMonth fromMonth, String actor) {
        Entitlement entitlement = entitlements.findByIdOptional(entitlementId)
                .orElseThrow(() -> ProblemException.notFound("entitlement.not-found"));
        if (entitlement.status != EntitlementStatus.ACTIVE) {
            return;
        }
        YearMonth from = fromMonth.isBefore(entitlement.start()) ? entitlement.start() : fromMonth;
        suspendFrom(entitlement, from, "UNCOLLECTED_3_MONTHS", actor, SYSTEM_ROLE);
    }

    private void suspendFrom(Entitlement entitlement, YearMonth from, String reason, String actor, String role) {
        entitlement.suspend(from);
        EntitlementSuspension suspension = new EntitlementSuspension(entitlement, from, reason, clock.instant());
        suspensions.persist(suspension);
        entitlements.flush();
        audit.record(entry(actor, role, "entitlement.suspended", entitlement,
                List.of(change("status", EntitlementStatus.ACTIVE, EntitlementStatus.SUSPENDED), change("suspendedFrom", null, from),
                        change("reason", null, reason))));
    }

    @Transactional
    public EntitlementView resume(UUID id, BenefitRequests.Resume request, Long expectedVersion, Actor actor) {
        requireDecider(actor);
        Entitlement entitlement = visible(id, actor);
        checkVersion(expectedVersion, entitlement.version);
        EntitlementSuspension open = suspensions.findOf(id).stream().filter(EntitlementSuspension::isOpen).findFirst()
                .orElseThrow(() -> ProblemException.conflict("entitlement.not-suspended", entitlement.status.name()));
        entitlement.resume();
        open.resume(request.month(), request.monthsOwed());
        entitlements.flush();
        audit.record(entry(actor.username(), actor.role().name(), "entitlement.resumed", entitlement,
                List.of(change("status", EntitlementStatus.SUSPENDED, EntitlementStatus.ACTIVE), change("resumedMonth", null, request.month()),
                        change("monthsOwed", null, request.monthsOwed()))));
        return view(entitlement);
    }

    @Transactional
    public EntitlementView terminate(UUID id, BenefitRequests.Terminate request, Long expectedVersion, Actor actor) {
        requireDecider(actor);
        Entitlement entitlement = visible(id, actor);
        checkVersion(expectedVersion, entitlement.version);
        terminate(entitlement, YearMonth.from(request.eventDate()), request.reason(), actor.username(), actor.role().name());
        return view(entitlement);
    }

    void terminate(Entitlement entitlement, YearMonth eventMonth, TerminationReason reason, String actor, String role) {
        EntitlementStatus before = entitlement.status;
        entitlement.terminate(eventMonth, reason);
        entitlements.flush();
        audit.record(entry(actor, role, "entitlement.terminated", entitlement,
                List.of(change("status", before, EntitlementStatus.TERMINATED), change("endMonth", null, entitlement.end()),
                        change("terminationReason", null, reason))));
    }

    /** A new amount from a month on: a new dated version, never an edit of an earlier one. */
    @Transactional
    public EntitlementView changeAmount(UUID id, BenefitRequests.AmountChange request, Long expectedVersion, Actor actor) {
        requireDecider(actor);
        Entitlement entitlement = visible(id, actor);
        checkVersion(expectedVersion, entitlement.version);
        FieldErrors errors = new FieldErrors();
        String reason = errors.text("reason", request.reason(), 40, true);
        if (request.coefficient().signum() < 0 || request.coefficient().precision() - request.coefficient().scale() > 3) {
            errors.add("coefficient", "entitlement.coefficient");
        }
        if (request.standardLevelVnd() < 0) {
            errors.add("standardLevelVnd", "entitlement.negative");
        }
        errors.throwIfAny();
        addVersion(entitlement, request.effectiveMonth(), Amount.of(request.coefficient(), request.standardLevelVnd(), null, null),
                reason, actor.username(), actor.role().name());
        return view(entitlement);
    }

    /**
     * Adds a version unless the amount in force that month is the same already (then nothing
     * changes and false is answered). 409 when the month is outside the entitlement or already has a version.
     */
    boolean addVersion(Entitlement entitlement, YearMonth effective, Amount amount, String reason, String actor, String role) {
        entitlement.requireOpen();
        if (!entitlement.covers(effective)) {
            throw ProblemException.conflict("entitlement.month-outside", effective.toString());
        }
        List<EntitlementVersion> history = versions.findOf(entitlement.id);
        Optional<EntitlementVersion> inForce = amountIn(history, effective);
        if (inForce.isPresent() && inForce.get().sameAmountAs(amount) && history.stream().noneMatch(v -> v.effective().isAfter(effective))) {
            return false;
        }
        if (history.stream().anyMatch(v -> v.effective().equals(effective))) {
            throw ProblemException.conflict("entitlement.version-exists", effective.toString());
        }
        EntitlementVersion version = new EntitlementVersion(entitlement, effective, amount, reason, clock.instant());
        versions.persist(version);
        entitlements.getEntityManager().lock(entitlement, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entitlements.flush();
        audit.record(entry(actor, role, "entitlement.amount-changed", entitlement,
                List.of(change("amount", inForce.map(EntitlementVersion::describe).orElse(null), version.describe()))));
        return true;
    }

    /**
     * Moves an entitlement to another commune (or province): the old one ends with
     * {@code lastMonth}, a new one in the receiving commune starts the month after, with the
     * amount in force then and later versions carried over. No month is owed twice or skipped.
     */
    @Transactional
    public EntitlementView transfer(UUID id, BenefitRequests.Transfer request, Long expectedVersion, Actor actor) {
        requireDecider(actor);
        Entitlement old = visible(id, actor);
        checkVersion(expectedVersion, old.version);
        if (old.status != EntitlementStatus.ACTIVE) {
            throw ProblemException.conflict("entitlement.not-active", old.status.name());
        }
        FieldErrors errors = new FieldErrors();
        String decision = errors.text("decisionNumber", request.decisionNumber(), 50, true);
        String signer = errors.text("signer", request.signer(), 200, true);
        CommuneRef to = areas.findCommune(request.toCommuneCode().strip(), LocalDate.now(clock)).orElse(null);
        if (to == null) {
            errors.add("toCommuneCode", "area.unknown-commune");
        } else if (to.code().equals(old.communeCode)) {
            errors.add("toCommuneCode", "entitlement.same-commune");
        }
        if (request.lastMonth().isBefore(old.start())) {
            errors.add("lastMonth", "entitlement.before-start", old.start().toString());
        }
        errors.throwIfAny();
        YearMonth newStart = request.lastMonth().plusMonths(1);
        List<EntitlementVersion> history = versions.findOf(old.id);
        EntitlementVersion inForce = amountIn(history, newStart).orElseThrow();
        terminate(old, request.lastMonth(), TerminationReason.TRANSFERRED, actor.username(), actor.role().name());
        Entitlement moved = create(new DecisionGrant(old.personId, old.caseId, to.provinceCode(), to.code(), old.programmeCode,
                old.groupCode, newStart, decision, request.decisionDate(), signer, amountOf(inForce)), actor.username(), actor.role().name());
        for (EntitlementVersion later : history) {
            if (later.effective().isAfter(newStart)) {
                versions.persist(new EntitlementVersion(moved, later.effective(), amountOf(later), later.reason, clock.instant()));
            }
        }
        entitlements.flush();
        audit.record(entry(actor.username(), actor.role().name(), "entitlement.transferred", old,
                List.of(change("transferredTo", null, moved.id + " " + to.code() + " from " + newStart))));
        return view(moved);
    }

    // ---- proposals -----------------------------------------------------------------------

    /**
     * A death reported by the payment agent (or any other reason) becomes a termination proposal in
     * the approver's queue; payment stops only when the approver accepts it. One open proposal per
     * entitlement and reason: a repeated report returns the one already open.
     */
    @Transactional
    public UUID proposeTermination(UUID entitlementId, LocalDate deathDate, String reason) {
        Entitlement entitlement = entitlements.findByIdOptional(entitlementId)
                .orElseThrow(() -> ProblemException.notFound("entitlement.not-found"));
        String why = reason == null || reason.isBlank() ? "DEATH" : reason.strip();
        return propose(entitlement, EntitlementProposal.Kind.TERMINATION, why.length() > 30 ? why.substring(0, 30) : why,
                null, deathDate, "payment", SYSTEM_ROLE).id;
    }

    @Transactional
    public ProposalView propose(UUID entitlementId, BenefitRequests.Propose request, Actor actor) {
        if (!actor.hasRole(Role.SOCIAL_WORKER, Role.APPROVER, Role.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden");
        }
        Entitlement entitlement = visible(entitlementId, actor);
        FieldErrors errors = new FieldErrors();
        EntitlementProposal.Kind kind = errors.enumValue("kind", request.kind(), EntitlementProposal.Kind.class, true);
        String reason = errors.text("reason", request.reason(), 30, true);
        String detail = errors.text("detail", request.detail(), 500, false);
        errors.throwIfAny();
        EntitlementProposal proposal = propose(entitlement, kind, reason, detail, request.eventDate(), actor.username(),
                actor.role().name());
        return ProposalView.of(proposal, entitlement, people.namesOf(List.of(entitlement.personId)).get(entitlement.personId));
    }

    EntitlementProposal propose(Entitlement entitlement, EntitlementProposal.Kind kind, String reason, String detail,
            LocalDate eventDate, String actor, String role) {
        entitlement.requireOpen();
        Optional<EntitlementProposal> open = proposals.findOf(entitlement.id).stream()
                .filter(p -> p.status == EntitlementProposal.Status.OPEN && p.reason.equals(reason)).findFirst();
        if (open.isPresent()) {
            return open.get();
        }
        EntitlementProposal proposal = new EntitlementProposal(entitlement, kind, reason, detail, eventDate, actor, clock.instant());
        proposals.persist(proposal);
        proposals.flush();
        audit.record(entry(actor, role, "entitlement.change-proposed", entitlement,
                List.of(change("proposal", null, kind + " " + reason + " " + eventDate + (detail == null ? "" : " " + detail)))));
        return proposal;
    }

    /** The open proposals within the caller's scope: the approver's queue. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalView> openProposals(Actor actor) {
        String province = actor.isCountryScoped() ? null : actor.provinceCode();
        String commune = actor.isCommuneScoped() ? actor.communeCode() : null;
        List<EntitlementProposal> open = proposals.findOpen(province, commune);
        Map<UUID, Entitlement> byId = open.stream().map(p -> p.entitlementId).distinct()
                .collect(Collectors.toMap(id -> id, id -> entitlements.findById(id)));
        Map<UUID, String> names = people.namesOf(byId.values().stream().map(e -> e.personId).distinct().toList());
        return open.stream().map(p -> ProposalView.of(p, byId.get(p.entitlementId), names.get(byId.get(p.entitlementId).personId)))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProposalView> proposalsOf(UUID entitlementId, Actor actor) {
        Entitlement entitlement = visible(entitlementId, actor);
        String name = people.namesOf(List.of(entitlement.personId)).get(entitlement.personId);
        return proposals.findOf(entitlementId).stream().map(p -> ProposalView.of(p, entitlement, name)).toList();
    }

    /**
     * The approver's answer. Accepting a termination ends the entitlement with the month of the
     * event; accepting a change only records the answer (the new amount or group is then decided
     * with an amount change or a new application).
     */
    @Transactional
    public ProposalView answer(UUID proposalId, BenefitRequests.Answer request, Actor actor) {
        requireDecider(actor);
        EntitlementProposal proposal = proposals.findByIdOptional(proposalId).filter(p -> actor.canSee(p.provinceCode, p.communeCode))
                .orElseThrow(() -> ProblemException.notFound("proposal.not-found"));
        Entitlement entitlement = entitlements.findById(proposal.entitlementId);
        FieldErrors errors = new FieldErrors();
        String text = errors.text("answer", request.answer(), 500, !request.accept());
        errors.throwIfAny();
        proposal.decide(request.accept(), actor.username(), text, clock.instant());
        if (request.accept() && proposal.kind == EntitlementProposal.Kind.TERMINATION && entitlement.isOpen()) {
            terminate(entitlement, YearMonth.from(proposal.eventDate), terminationReasonOf(proposal.reason), actor.username(),
                    actor.role().name());
        }
        proposals.flush();
        audit.record(entry(actor.username(), actor.role().name(), request.accept() ? "entitlement.proposal-accepted"
                : "entitlement.proposal-rejected", entitlement, List.of(change("proposal", proposal.kind + " " + proposal.reason,
                        proposal.status + (text == null ? "" : " " + text)))));
        return ProposalView.of(proposal, entitlement, people.namesOf(List.of(entitlement.personId)).get(entitlement.personId));
    }

    private static TerminationReason terminationReasonOf(String reason) {
        for (TerminationReason known : TerminationReason.values()) {
            if (known.name().equals(reason)) {
                return known;
            }
        }
        return TerminationReason.LOSS_OF_ELIGIBILITY;
    }

    // ---- helpers -------------------------------------------------------------------------

    /** If-Match is optional on transitions (they are guarded by state); when sent, a stale one answers 412. */
    private static void checkVersion(Long expected, long current) {
        if (expected != null) {
            vn.ansinh.shared.Versions.check(expected, current);
        }
    }

    static Optional<EntitlementVersion> amountIn(List<EntitlementVersion> history, YearMonth month) {
        return history.stream().filter(v -> !v.effective().isAfter(month)).max(Comparator.comparing(EntitlementVersion::effective));
    }

    static Amount amountOf(EntitlementVersion version) {
        return new Amount(version.coefficient, version.standardLevelVnd, version.amountVnd, version.levelVersionId,
                version.groupVersionId);
    }

    Entitlement visible(UUID id, Actor actor) {
        return entitlements.findByIdOptional(id).filter(e -> actor.canSee(e.provinceCode, e.communeCode))
                .orElseThrow(() -> ProblemException.notFound("entitlement.not-found"));
    }

    private static void requireDecider(Actor actor) {
        // The commune chairman signs decisions to adjust, suspend and stop allowances (domain §1).
        if (!actor.hasRole(Role.APPROVER, Role.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden");
        }
    }

    EntitlementView view(Entitlement entitlement) {
        return view(entitlement, people.namesOf(List.of(entitlement.personId)).get(entitlement.personId));
    }

    private EntitlementView view(Entitlement e, String personName) {
        List<EntitlementVersion> history = versions.findOf(e.id);
        EntitlementVersion newest = history.isEmpty() ? null : history.get(history.size() - 1);
        List<String> arrears = new ArrayList<>();
        YearMonth decided = YearMonth.from(e.decisionDate);
        for (YearMonth m = e.start(); !m.isAfter(decided) && e.covers(m); m = m.plusMonths(1)) {
            arrears.add(m.toString());
        }
        return new EntitlementView(e.id, e.personId, personName, e.provinceCode, e.communeCode, e.caseId, e.programmeCode,
                e.groupCode, e.status, e.start(), e.end(), e.decisionNumber, e.decisionDate, e.signer, e.terminationReason,
                newest == null ? null : newest.coefficient, newest == null ? null : newest.amountVnd, arrears,
                history.stream().map(EntitlementView.VersionView::of).toList(),
                suspensions.findOf(e.id).stream().map(EntitlementView.SuspensionView::of).toList(), e.version, e.createdAt);
    }

    private static AuditEntry.Change change(String field, Object before, Object after) {
        return new AuditEntry.Change(field, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    static AuditEntry entry(String actor, String role, String action, Entitlement entitlement, List<AuditEntry.Change> changes) {
        return new AuditEntry(actor, role, action, ENTITY, entitlement.id, entitlement.provinceCode, entitlement.communeCode, changes);
    }
}
