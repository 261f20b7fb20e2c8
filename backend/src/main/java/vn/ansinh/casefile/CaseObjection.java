package vn.ansinh.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;

/** An objection to the public posting (ND 20 Art. 8.2) and the commune's answer. */
@Entity
@Table(name = "case_objection")
class CaseObjection {

    @Id
    UUID id;

    @Column(name = "case_id", nullable = false)
    UUID caseId;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;

    @Column(length = 200)
    String objector;

    @Column(nullable = false, length = 2000)
    String content;

    @Column(length = 2000)
    String answer;

    @Column(name = "answered_on")
    LocalDate answeredOn;

    @Column(name = "answered_by", length = 60)
    String answeredBy;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected CaseObjection() {
    }

    CaseObjection(Case owner, LocalDate receivedOn, String objector, String content, String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.caseId = owner.id;
        this.provinceCode = owner.provinceCode;
        this.receivedOn = receivedOn;
        this.objector = objector;
        this.content = content;
        this.createdBy = by;
        this.createdAt = now;
    }

    boolean isOpen() {
        return answeredOn == null;
    }

    void answer(String text, LocalDate on, String by) {
        if (!isOpen()) {
            throw ProblemException.conflict("objection.answered");
        }
        this.answer = text;
        this.answeredOn = on;
        this.answeredBy = by;
    }
}
