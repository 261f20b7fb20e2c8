package vn.ansinh.benefit;

import java.time.Instant;
import java.time.LocalDate;
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
 * A change to an entitlement that the law leaves to the approver (household left poverty, facts
 * changed, a death reported by the payment agent): it waits in the approver's queue until accepted
 * or rejected, and stays as a record of both.
 */
@Entity
@Table(name = "entitlement_proposal")
class EntitlementProposal {

    enum Kind {
        TERMINATION, CHANGE
    }

    enum Status {
        OPEN, ACCEPTED, REJECTED
    }

    @Id
    UUID id;

    @Column(name = "entitlement_id", nullable = false)
    UUID entitlementId;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Kind kind;

    @Column(nullable = false, length = 30)
    String reason;

    @Column(length = 500)
    String detail;

    @Column(name = "event_date", nullable = false)
    LocalDate eventDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    Status status;

    @Column(name = "proposed_by", nullable = false, length = 60)
    String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    Instant proposedAt;

    @Column(name = "decided_by", length = 60)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(length = 500)
    String answer;

    @Version
    long version;

    protected EntitlementProposal() {
    }

    EntitlementProposal(Entitlement entitlement, Kind kind, String reason, String detail, LocalDate eventDate, String by,
            Instant now) {
        this.id = Uuids.timeOrdered();
        this.entitlementId = entitlement.id;
        this.provinceCode = entitlement.provinceCode;
        this.communeCode = entitlement.communeCode;
        this.kind = kind;
        this.reason = reason;
        this.detail = detail;
        this.eventDate = eventDate;
        this.status = Status.OPEN;
        this.proposedBy = by;
        this.proposedAt = now;
    }

    void decide(boolean accepted, String by, String answer, Instant now) {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("proposal.decided", status.name());
        }
        this.status = accepted ? Status.ACCEPTED : Status.REJECTED;
        this.decidedBy = by;
        this.answer = answer;
        this.decidedAt = now;
    }
}
