package vn.ansinh.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ansinh.shared.Uuids;

/** One entry of an application's timeline. Never changed. */
@Entity
@Table(name = "case_event")
class CaseEvent {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false)
    UUID caseId;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(nullable = false, length = 40)
    String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16)
    CaseStatus toStatus;

    @Column(nullable = false, length = 60)
    String actor;

    @Column(name = "actor_role", nullable = false, length = 20)
    String actorRole;

    @Column(length = 1000)
    String note;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    protected CaseEvent() {
    }

    CaseEvent(Case owner, String action, CaseStatus from, CaseStatus to, String actor, String role, String note, Instant now) {
        this.id = Uuids.timeOrdered();
        this.caseId = owner.id;
        this.provinceCode = owner.provinceCode;
        this.action = action;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.actorRole = role;
        this.note = note == null || note.length() <= 1000 ? note : note.substring(0, 1000);
        this.occurredAt = now;
    }
}
