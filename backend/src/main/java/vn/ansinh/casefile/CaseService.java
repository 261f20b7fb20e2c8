package vn.ansinh.casefile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.ansinh.audit.AuditEntry;
import vn.ansinh.audit.AuditService;
import vn.ansinh.benefit.Amount;
import vn.ansinh.benefit.BenefitService;
import vn.ansinh.benefit.DecisionGrant;
import vn.ansinh.benefit.EntitlementView;
import vn.ansinh.identity.Actor;
import vn.ansinh.identity.Role;
import vn.ansinh.person.EligibilityFacts;
import vn.ansinh.person.FactKind;
import vn.ansinh.person.PersonService;
import vn.ansinh.policy.EligibilityView;
import vn.ansinh.policy.GroupTerms;
import vn.ansinh.policy.PolicyService;
import vn.ansinh.shared.FieldErrors;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Versions;

/**
 * The application workflow of ND 20/2021 Art. 8: the social worker registers, submits, reviews,
 * posts and proposes; the commune chairman (APPROVER) decides. Each step is audited and added to
 * the application's timeline; an approval creates the entitlement.
 */
@ApplicationScoped
public class CaseService {

    static final String ENTITY = "CASE";
    public static final String HREF = "/api/v1/cases/";

    @Inject
    CaseRepository cases;

    @Inject
    CaseDocumentRepository documents;

    @Inject
    CaseDocumentFileRepository files;

    @Inject
    CaseEventRepository events;

    @Inject
    CaseObjectionRepository objections;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    PersonService people;

    @Inject
    PolicyService policy;

    @Inject
    BenefitService benefits;

    @Inject
    AuditService audit;

    @Inject
    CasefileConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    // ---- registering ---------------------------------------------------------------------

    @Transactional
    public CaseView create(CaseRequests.NewCase request, Actor actor) {
        requireWorker(actor, true);
        FieldErrors errors = new FieldErrors();
        String groupCode = errors.text("groupCode", request.groupCode(), 60, true);
        errors.throwIfAny();
        EligibilityFacts person = people.eligibilityFacts(request.personId(), false)
                .filter(p -> actor.canSee(p.provinceCode(), p.communeCode()))
                .orElseThrow(() -> ProblemException.invalidField("personId", "case.unknown-person"));
        LocalDate today = LocalDate.now(clock);
        GroupTerms terms = policy.termsFor(groupCode, person.provinceCode(), today)
                .orElseThrow(() -> ProblemException.invalidField("groupCode", "case.unknown-group"));
        if (cases.hasOpenCase(person.personId(), groupCode)) {
            throw ProblemException.conflict("case.open-exists", groupCode);
        }
        Case c = new Case(person.provinceCode(), person.communeCode(), person.personId(), terms.programmeCode(), groupCode,
                actor.username(), clock.instant());
        cases.persist(c);
        cases.flush();
        record(c, actor, "created", null, CaseStatus.DRAFT, terms.programmeCode() + "/" + groupCode);
        return view(c, actor);
    }

    // ---- documents -----------------------------------------------------------------------

    @Transactional
    public CaseView.DocumentView addDocument(UUID caseId, CaseRequests.NewDocument request, Actor actor) {
        requireWorker(actor, true);
        Case c = visible(caseId, actor);
        c.requireDocumentsOpen();
        FieldErrors errors = new FieldErrors();
        String number = errors.text("number", request.number(), 60, false);
        String issuer = errors.text("issuer", request.issuer(), 200, false);
        if (request.issuedOn() != null && request.issuedOn().isAfter(LocalDate.now(clock))) {
            errors.add("issuedOn", "past-or-present");
        }
        errors.throwIfAny();
        CaseDocument document = new CaseDocument(c, request.type(), number, issuer, request.issuedOn(), actor.username(), clock.instant());
        documents.persist(document);
        c.touched(clock.instant());
        documents.flush();
        record(c, actor, "document-added", null, null, request.type() + (number == null ? "" : " " + number));
        return documentView(document);
    }

    /**
     * Stores a document's file after checking it: at most {@code ansinh.casefile.max-document-bytes}
     * (413), a PDF, JPEG or PNG by its first bytes (415 otherwise), matching the declared type.
     */
    @Transactional
    public CaseView.DocumentView uploadFile(UUID caseId, UUID documentId, String fileName, String declaredType, byte[] content,
            Actor actor) {
        requireWorker(actor, true);
        Case c = visible(caseId, actor);
        c.requireDocumentsOpen();
        CaseDocument document = documents.findByIdOptional(documentId).filter(d -> d.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("document.not-found"));
        if (content == null || content.length == 0) {
            throw ProblemException.invalidField("file", "required");
        }
        if (content.length > config.maxDocumentBytes()) {
            throw new ProblemException(413, "document.too-large", config.maxDocumentBytes());
        }
        String detected = FileCheck.detect(content)
                .orElseThrow(() -> new ProblemException(415, "document.unsupported-type"));
        String declared = FileCheck.normalise(declaredType);
        if (declared != null && !"application/octet-stream".equals(declared) && !declared.equals(detected)) {
            throw new ProblemException(415, "document.content-mismatch", declared, detected);
        }
        String name = FileCheck.safeName(fileName, detected);
        document.attach(name, detected, content.length, sha256(content));
        Optional<CaseDocumentFile> existing = files.findByIdOptional(document.id);
        if (existing.isPresent()) {
            existing.get().replace(content);
        } else {
            files.persist(new CaseDocumentFile(document, content));
        }
        c.touched(clock.instant());
        files.flush();
        record(c, actor, "file-uploaded", null, null, document.type + " " + name + " (" + content.length + " B, " + detected + ")");
        return documentView(document);
    }

    /** A document's file: its stored type, safe name and bytes. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StoredFile file(UUID caseId, UUID documentId, Actor actor) {
        Case c = visible(caseId, actor);
        CaseDocument document = documents.findByIdOptional(documentId).filter(d -> d.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("document.not-found"));
        CaseDocumentFile file = files.findByIdOptional(document.id).orElseThrow(() -> ProblemException.notFound("document.no-file"));
        return new StoredFile(document.fileName, document.contentType, file.content);
    }

    // ---- the worker's steps --------------------------------------------------------------

    @Transactional
    public CaseView submit(UUID id, CaseRequests.Submission request, Long expectedVersion, Actor actor) {
        requireWorker(actor, true);
        Case c = visible(id, actor);
        checkVersion(expectedVersion, c.version);
        FieldErrors errors = new FieldErrors();
        String name = errors.text("submitterName", request.submitterName(), 200, request.submitterKind() != SubmitterKind.PERSON);
        String relation = errors.text("submitterRelation", request.submitterRelation(), 100, false);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = request.submittedOn() == null ? today : request.submittedOn();
        if (on.isAfter(today)) {
            errors.add("submittedOn", "past-or-present");
        }
        errors.throwIfAny();
        CaseStatus from = c.status;
        c.submit(request.submitterKind(), name, relation, on, clock.instant());
        record(c, actor, "submitted", from, c.status, request.submitterKind() + (name == null ? "" : " " + name) + " " + on);
        return view(c, actor);
    }

    /** Starts the commune's review and stores what the evaluator answers today (the eligibility snapshot). */
    @Transactional
    public CaseView startReview(UUID id, Long expectedVersion, Actor actor) {
        requireWorker(actor, false);
        Case c = visible(id, actor);
        checkVersion(expectedVersion, c.version);
        LocalDate today = LocalDate.now(clock);
        CaseStatus from = c.status;
        c.requireReviewable();
        EligibilityView eligibility = policy.evaluatePerson(c.personId, today);
        boolean eligible = eligibility.programmes().stream().flatMap(p -> p.groups().stream())
                .anyMatch(g -> g.code().equals(c.groupCode) && g.eligible());
        c.startReview(today, toJson(eligibility), clock.instant());
        record(c, actor, "review-started", from, c.status, "eligibility on " + today + ": " + c.groupCode + (eligible ? " eligible" : " not eligible"));
        return view(c, actor);
    }

    @Transactional
    public CaseView post(UUID id, CaseRequests.Posting request, Long expectedVersion, Actor actor) {
        requireWorker(actor, false);
        Case c = visible(id, actor);
        checkVersion(expectedVersion, c.version);
        LocalDate start = request == null || request.start() == null ? LocalDate.now(clock) : request.start();
        LocalDate end = request == null || request.end() == null ? deadlines.postingEnd(start) : request.end();
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("end", "before-valid-from");
        }
        CaseStatus from = c.status;
        c.post(start, end, clock.instant());
        record(c, actor, "posted", from, c.status, start + ".." + end);
        return view(c, actor);
    }

    @Transactional
    public CaseView.ObjectionView addObjection(UUID id, CaseRequests.NewObjection request, Actor actor) {
        requireWorker(actor, false);
        Case c = visible(id, actor);
        c.requireObjectionsOpen();
        FieldErrors errors = new FieldErrors();
        String objector = errors.text("objector", request.objector(), 200, false);
        String content = errors.text("content", request.content(), 2000, true);
        LocalDate today = LocalDate.now(clock);
        LocalDate received = request.receivedOn() == null ? today : request.receivedOn();
        if (received.isAfter(today)) {
            errors.add("receivedOn", "past-or-present");
        }
        errors.throwIfAny();
        CaseObjection objection = new CaseObjection(c, received, objector, content, actor.username(), clock.instant());
        objections.persist(objection);
        c.touched(clock.instant());
        objections.flush();
        record(c, actor, "objection-received", null, null, (objector == null ? "" : objector + ": ") + content);
        return objectionView(objection, today);
    }

    @Transactional
    public CaseView.ObjectionView answerObjection(UUID id, UUID objectionId, CaseRequests.ObjectionAnswer request, Actor actor) {
        if (!actor.hasRole(Role.SOCIAL_WORKER, Role.APPROVER, Role.ADMIN)) {
            throw new ProblemException(403, "auth.forbidden");
        }
        Case c = visible(id, actor);
        CaseObjection objection = objections.findByIdOptional(objectionId).filter(o -> o.caseId.equals(c.id))
                .orElseThrow(() -> ProblemException.notFound("objection.not-found"));
        FieldErrors errors = new FieldErrors();
        String answer = errors.text("answer", request.answer(), 2000, true);
        errors.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        objection.answer(answer, today, actor.username());
        c.touched(clock.instant());
        objections.flush();
        record(c, actor, "objection-answered", null, null, answer);
        return objectionView(objection, today);
    }

    /** Forwards the application for decision once the posting ended and every objection is answered. */
    @Transactional
    public CaseView propose(UUID id, Long expectedVersion, Actor actor) {
        requireWorker(actor, false);
        Case c = visible(id, actor);
        checkVersion(expectedVersion, c.version);
        if (c.status == CaseStatus.POSTED && objections.findOf(c.id).stream().anyMatch(CaseObjection::isOpen)) {
            throw ProblemException.conflict("case.objections-open");
        }
        CaseStatus from = c.status;
        c.propose(LocalDate.now(clock), clock.instant());
        record(c, actor, "proposed", from, c.status, null);
        return view(c, actor);
    }

    @Transactional
    public CaseView withdraw(UUID id, CaseRequests.Withdrawal request, Long expectedVersion, Actor actor) {
        requireWorker(actor, true);
        Case c = visible(id, actor);
        checkVersion(expectedVersion, c.version);
        FieldErrors errors = new FieldErrors();
        String reason = errors.text("reason", request == null ? null : request.reason(), 1000, false);
        errors.throwIfAny();
        CaseStatus from = c.status;
        c.withdraw(reason, LocalDate.now(clock), clock.instant());
        record(c, actor, "withdrawn", from, c.status, reason);
        return view(c, actor);
    }

    // ---- the approver's decisions --------------------------------------------------------

    @Transactional
    public CaseView approve(UUID id, CaseRequests.Approval request, Long expectedVersion, Actor actor) {
        requireApprover(actor);
        Case c = visible(id, actor);
        checkVersion(expectedVersion, c.version);
        approveChecked(c, request.decisionNumber(), request.decisionDate(), request.signer(), actor);
        return view(c, actor);
    }

    private void approveChecked(Case c, String number, LocalDate date, String signer, Actor actor) {
        c.requireApprovable();
        FieldErrors errors = new FieldErrors();
        String decisionNumber = errors.text("decisionNumber", number, 50, true);
        String signedBy = errors.text("signer", signer, 200, true);
        errors.required("decisionDate", date);
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isAfter(today)) {
            errors.add("decisionDate", "past-or-present");
        }
        errors.throwIfAny();
        GroupTerms terms = policy.termsFor(c.groupCode, c.provinceCode, date)
                .orElseThrow(() -> ProblemException.conflict("case.group-not-in-force", c.groupCode, date.toString()));
        YearMonth start = startMonth(c, terms, date);
        EntitlementView entitlement = benefits.createFromDecision(new DecisionGrant(c.personId, c.id, c.provinceCode, c.communeCode,
                terms.programmeCode(), terms.groupCode(), start, decisionNumber, date, signedBy,
                new Amount(terms.coefficient(), terms.standardLevelVnd(), terms.amountVnd(), terms.levelVersionId(),
                        terms.groupVersionId())), actor);
        policy.recordUse(terms.levelVersionId(), terms.groupVersionId());
        CaseStatus from = c.status;
        c.approve(decisionNumber, date, signedBy, entitlement.id(), today, clock.instant());
        record(c, actor, "approved", from, c.status, decisionNumber + " " + date + " " + signedBy + "; " + terms.coefficient() + " x "
                + terms.standardLevelVnd() + " = " + terms.amountVnd() + " VND from " + start + " (" + terms.startRule() + ")");
    }

    /**
     * The first month owed (domain §4): the decision month; for the elderly groups the month the
     * person reaches the group's age, but not before the month the application was received; for
     * disability the month the certificate was issued.
     */
    YearMonth startMonth(Case c, GroupTerms terms, LocalDate decisionDate) {
        YearMonth decided = YearMonth.from(decisionDate);
        switch (terms.startRule()) {
            case BIRTHDAY_MONTH -> {
                if (terms.startAge() == null) {
                    return decided;
                }
                EligibilityFacts person = people.eligibilityFacts(c.personId, false).orElseThrow();
                YearMonth reached = YearMonth.from(person.birthDate().date().plusYears(terms.startAge()));
                YearMonth received = YearMonth.from(c.submittedOn);
                return reached.isAfter(received) ? reached : received;
            }
            case CERTIFICATE_MONTH -> {
                Optional<LocalDate> certificate = documents.findOf(c.id).stream()
                        .filter(d -> d.type == DocumentType.DISABILITY_CERTIFICATE && d.issuedOn != null)
                        .map(d -> d.issuedOn).max(Comparator.naturalOrder());
                if (certificate.isEmpty()) {
                    certificate = people.eligibilityFacts(c.personId, false).orElseThrow().facts().stream()
                            .filter(f -> f.kind() == FactKind.DISABILITY && f.dateValue() != null && !"NONE".equals(f.code()))
                            .map(EligibilityFacts.Period::dateValue).max(Comparator.naturalOrder());
                }
                return YearMonth.from(certificate.orElseThrow(() -> ProblemException.conflict("case.certificate-missing")));
            }
            default -> {
                return decided;
            }
        }
    }

    @Transactional
    public CaseView reject(UUID id, CaseRequests.Rejection request, Long expectedVersion, Actor actor) {
        requireApprover(actor);
        Case c = visible(id, actor);
        checkVersion(expectedVersion, c.version);
        rejectChecked(c, request.reason(), request.decisionNumber(), request.decisionDate(), request.signer(), actor);
        return view(c, actor);
    }

    private void rejectChecked(Case c, String why, String number, LocalDate date, String signer, Actor actor) {
        FieldErrors errors = new FieldErrors();
        String reason = errors.text("reason", why, 1000, true);
        String decisionNumber = errors.text("decisionNumber", number, 50, false);
        String signedBy = errors.text("signer", signer, 200, false);
        LocalDate today = LocalDate.now(clock);
        if (date != null && date.isAfter(today)) {
            errors.add("decisionDate", "past-or-present");
        }
        errors.throwIfAny();
        CaseStatus from = c.status;
        c.reject(reason, decisionNumber, date == null ? today : date, signedBy, today, clock.instant());
        record(c, actor, "rejected", from, c.status, reason);
    }

    /** Decides many applications, each in its own transaction: one refusal never undoes the others. */
    public CaseRequests.BulkResult decideAll(CaseRequests.BulkDecision request, Actor actor) {
        requireApprover(actor);
        List<CaseRequests.BulkResult.ItemResult> results = new ArrayList<>();
        for (CaseRequests.BulkDecision.Item item : request.items()) {
            try {
                Case decided = QuarkusTransaction.requiringNew().call(() -> {
                    Case c = visible(item.caseId(), actor);
                    switch (item.decision().strip().toUpperCase(java.util.Locale.ROOT)) {
                        case "APPROVE" -> approveChecked(c, item.decisionNumber(), item.decisionDate(), item.signer(), actor);
                        case "REJECT" -> rejectChecked(c, item.reason(), item.decisionNumber(), item.decisionDate(), item.signer(), actor);
                        default -> throw ProblemException.invalidField("decision", "unknown-value", "APPROVE, REJECT");
                    }
                    return c;
                });
                results.add(new CaseRequests.BulkResult.ItemResult(item.caseId(), 200, null, decided.status, decided.entitlementId));
            } catch (ProblemException refused) {
                results.add(new CaseRequests.BulkResult.ItemResult(item.caseId(), refused.status(), refused.code(), null, null));
            }
        }
        return new CaseRequests.BulkResult(results);
    }

    // ---- reading -------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseView get(UUID id, Actor actor) {
        return view(visible(id, actor), actor);
    }

    Case visible(UUID id, Actor actor) {
        return cases.findByIdOptional(id).filter(c -> actor.canSee(c.provinceCode, c.communeCode))
                .orElseThrow(() -> ProblemException.notFound("case.not-found"));
    }

    CaseView view(Case c, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        String name = people.namesOf(List.of(c.personId)).get(c.personId);
        String groupName = policy.termsFor(c.groupCode, c.provinceCode, c.decisionDate != null ? c.decisionDate : today)
                .map(GroupTerms::nameVi).orElse(null);
        // ND 20 Art. 8 and Law 91/2025: the snapshot may show HIV status; only the commune's worker and chairman see it.
        EligibilityView eligibility = c.eligibility != null && actor.hasRole(Role.SOCIAL_WORKER, Role.APPROVER)
                ? fromJson(c.eligibility) : null;
        return new CaseView(c.id, c.personId, name, c.provinceCode, c.communeCode, c.programmeCode, c.groupCode, groupName, c.status,
                c.submitterKind == null ? null : new CaseView.Submitter(c.submitterKind, c.submitterName, c.submitterRelation),
                c.submittedOn, c.reviewStartedOn, eligibility, c.postingStart, c.postingEnd, c.proposedOn, c.decidedOn,
                c.decisionNumber, c.decisionDate, c.signer, c.rejectionReason, c.withdrawalReason, c.entitlementId,
                documents.findOf(c.id).stream().map(CaseService::documentView).toList(),
                objections.findOf(c.id).stream().map(o -> objectionView(o, today)).toList(),
                events.findOf(c.id).stream().map(e -> new CaseView.TimelineEntry(e.action, e.fromStatus, e.toStatus, e.actor, e.actorRole,
                        e.note, e.occurredAt)).toList(),
                deadlines.of(c, today), c.version, c.createdBy, c.createdAt, c.updatedAt);
    }

    static CaseView.DocumentView documentView(CaseDocument d) {
        return new CaseView.DocumentView(d.id, d.type, d.number, d.issuer, d.issuedOn, d.fileName, d.contentType, d.sizeBytes, d.sha256,
                d.sizeBytes == null ? null : HREF + d.caseId + "/documents/" + d.id + "/file", d.createdBy, d.createdAt);
    }

    CaseView.ObjectionView objectionView(CaseObjection o, LocalDate today) {
        LocalDate due = deadlines.objectionDue(o.receivedOn);
        boolean overdue = o.answeredOn == null ? today.isAfter(due) : o.answeredOn.isAfter(due);
        return new CaseView.ObjectionView(o.id, o.receivedOn, o.objector, o.content, o.answer, o.answeredOn, o.answeredBy, due, overdue);
    }

    // ---- helpers -------------------------------------------------------------------------

    private void record(Case c, Actor actor, String action, CaseStatus from, CaseStatus to, String note) {
        Instant now = clock.instant();
        events.persist(new CaseEvent(c, action, from, to, actor.username(), actor.role().name(), note, now));
        cases.flush();
        List<AuditEntry.Change> changes = new ArrayList<>();
        if (from != to) {
            changes.add(new AuditEntry.Change("status", from == null ? null : from.name(), to == null ? null : to.name()));
        }
        if (note != null) {
            changes.add(new AuditEntry.Change(action, null, note.length() > 500 ? note.substring(0, 500) : note));
        }
        audit.record(new AuditEntry(actor.username(), actor.role().name(), "case." + action, ENTITY, c.id, c.provinceCode, c.communeCode,
                changes));
    }

    private static void checkVersion(Long expected, long current) {
        if (expected != null) {
            Versions.check(expected, current);
        }
    }

    /** The social worker drives applications; integrators (online public service) may register and submit them. */
    private static void requireWorker(Actor actor, boolean integratorToo) {
        boolean allowed = actor.hasRole(Role.SOCIAL_WORKER, Role.ADMIN) || integratorToo && actor.hasRole(Role.INTEGRATOR);
        if (!allowed) {
            throw new ProblemException(403, "auth.forbidden");
        }
    }

    /** The commune chairman decides (ND 147/2025); nobody else, not even an administrator. */
    private static void requireApprover(Actor actor) {
        if (!actor.hasRole(Role.APPROVER)) {
            throw new ProblemException(403, "auth.forbidden");
        }
    }

    private String toJson(EligibilityView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not store the eligibility snapshot", e);
        }
    }

    private EligibilityView fromJson(String text) {
        try {
            return json.readValue(text, EligibilityView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored eligibility snapshot unreadable", e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    Map<UUID, String> names(List<UUID> ids) {
        return ids.isEmpty() ? new HashMap<>() : people.namesOf(ids);
    }
}
