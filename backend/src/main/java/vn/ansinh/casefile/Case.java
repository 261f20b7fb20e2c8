package vn.ansinh.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;

/**
 * An application (hồ sơ) for a person and a requested group. It moves only through the steps
 * of ND 20/2021 Art. 8 and refuses any other move itself: 409 {@code case.closed} once decided or
 * withdrawn, 409 {@code case.illegal-transition} for a step out of order.
 */
@Entity
@Table(name = "case_file")
class Case {

    @Id
    UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Column(name = "person_id", nullable = false)
    UUID personId;

    @Column(name = "programme_code", nullable = false, length = 40)
    String programmeCode;

    @Column(name = "group_code", nullable = false, length = 60)
    String groupCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_kind", length = 12)
    SubmitterKind submitterKind;

    @Column(name = "submitter_name", length = 200)
    String submitterName;

    @Column(name = "submitter_relation", length = 100)
    String submitterRelation;

    @Column(name = "submitted_on")
    LocalDate submittedOn;

    @Column(name = "review_started_on")
    LocalDate reviewStartedOn;

    @Column(columnDefinition = "LONGTEXT")
    String eligibility;

    @Column(name = "posting_start")
    LocalDate postingStart;

    @Column(name = "posting_end")
    LocalDate postingEnd;

    @Column(name = "proposed_on")
    LocalDate proposedOn;

    @Column(name = "decided_on")
    LocalDate decidedOn;

    @Column(name = "decision_number", length = 50)
    String decisionNumber;

    @Column(name = "decision_date")
    LocalDate decisionDate;

    @Column(length = 200)
    String signer;

    @Column(name = "rejection_reason", length = 1000)
    String rejectionReason;

    @Column(name = "withdrawal_reason", length = 1000)
    String withdrawalReason;

    @Column(name = "entitlement_id")
    UUID entitlementId;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    protected Case() {
    }

    Case(String provinceCode, String communeCode, UUID personId, String programmeCode, String groupCode, String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.personId = personId;
        this.programmeCode = programmeCode;
        this.groupCode = groupCode;
        this.status = CaseStatus.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedAt = now;
    }

    private void require(String action, CaseStatus... allowed) {
        if (status.isClosed()) {
            throw new ProblemException(409, "case.closed", status.name());
        }
        if (!Set.of(allowed).contains(status)) {
            throw new ProblemException(409, "case.illegal-transition", action, status.name());
        }
    }

    void submit(SubmitterKind kind, String name, String relation, LocalDate on, Instant now) {
        require("submit", CaseStatus.DRAFT);
        submitterKind = kind;
        submitterName = name;
        submitterRelation = relation;
        submittedOn = on;
        moveTo(CaseStatus.SUBMITTED, now);
    }

    void requireReviewable() {
        require("review", CaseStatus.SUBMITTED);
    }

    void startReview(LocalDate on, String eligibilityJson, Instant now) {
        require("review", CaseStatus.SUBMITTED);
        reviewStartedOn = on;
        eligibility = eligibilityJson;
        moveTo(CaseStatus.UNDER_REVIEW, now);
    }

    void post(LocalDate start, LocalDate end, Instant now) {
        require("post", CaseStatus.UNDER_REVIEW);
        postingStart = start;
        postingEnd = end;
        moveTo(CaseStatus.POSTED, now);
    }

    /** ND 20 Art. 8.2: the list is proposed only after the posting ended. */
    void propose(LocalDate on, Instant now) {
        require("propose", CaseStatus.POSTED);
        if (!on.isAfter(postingEnd)) {
            throw new ProblemException(409, "case.posting-not-ended", postingEnd.toString());
        }
        proposedOn = on;
        moveTo(CaseStatus.PROPOSED, now);
    }

    void approve(String number, LocalDate date, String signedBy, UUID entitlement, LocalDate on, Instant now) {
        require("approve", CaseStatus.PROPOSED);
        decisionNumber = number;
        decisionDate = date;
        signer = signedBy;
        entitlementId = entitlement;
        decidedOn = on;
        moveTo(CaseStatus.APPROVED, now);
    }

    void requireApprovable() {
        require("approve", CaseStatus.PROPOSED);
    }

    void reject(String reason, String number, LocalDate date, String signedBy, LocalDate on, Instant now) {
        require("reject", CaseStatus.UNDER_REVIEW, CaseStatus.POSTED, CaseStatus.PROPOSED);
        rejectionReason = reason;
        decisionNumber = number;
        decisionDate = date;
        signer = signedBy;
        decidedOn = on;
        moveTo(CaseStatus.REJECTED, now);
    }

    void withdraw(String reason, LocalDate on, Instant now) {
        require("withdraw", CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.UNDER_REVIEW, CaseStatus.POSTED, CaseStatus.PROPOSED);
        withdrawalReason = reason;
        decidedOn = on;
        moveTo(CaseStatus.WITHDRAWN, now);
    }

    /** Documents are added until the proposal leaves the commune. */
    void requireDocumentsOpen() {
        require("add-document", CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.UNDER_REVIEW, CaseStatus.POSTED);
    }

    /** Objections are received while the list is posted and until the decision. */
    void requireObjectionsOpen() {
        require("object", CaseStatus.POSTED, CaseStatus.PROPOSED);
    }

    void touched(Instant now) {
        updatedAt = now;
    }

    private void moveTo(CaseStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }
}
