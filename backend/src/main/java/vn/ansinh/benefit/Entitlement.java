package vn.ansinh.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * What a decision grants: one group of one programme, owed monthly from {@code startMonth} to
 * {@code endMonth} (inclusive; open while null). It guards its own transitions: only an active
 * entitlement is suspended, only a suspended one resumes, a terminated one never changes again.
 */
@Entity
@Table(name = "entitlement")
class Entitlement {

    @Id
    UUID id;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @Column(name = "person_id", nullable = false)
    UUID personId;

    @Column(name = "case_id")
    UUID caseId;

    @Column(name = "programme_code", nullable = false, length = 40)
    String programmeCode;

    @Column(name = "group_code", nullable = false, length = 60)
    String groupCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    EntitlementStatus status;

    @Column(name = "start_month", nullable = false)
    LocalDate startMonth;

    @Column(name = "end_month")
    LocalDate endMonth;

    @Column(name = "decision_number", nullable = false, length = 50)
    String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    LocalDate decisionDate;

    @Column(nullable = false, length = 200)
    String signer;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason", length = 30)
    TerminationReason terminationReason;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Version
    long version;

    protected Entitlement() {
    }

    Entitlement(String provinceCode, String communeCode, UUID personId, UUID caseId, String programmeCode, String groupCode,
            YearMonth startMonth, String decisionNumber, LocalDate decisionDate, String signer, Instant now) {
        this.id = Uuids.timeOrdered();
        this.provinceCode = provinceCode;
        this.communeCode = communeCode;
        this.personId = personId;
        this.caseId = caseId;
        this.programmeCode = programmeCode;
        this.groupCode = groupCode;
        this.status = EntitlementStatus.ACTIVE;
        this.startMonth = Months.toDate(startMonth);
        this.decisionNumber = decisionNumber;
        this.decisionDate = decisionDate;
        this.signer = signer;
        this.createdAt = now;
    }

    YearMonth start() {
        return Months.of(startMonth);
    }

    YearMonth end() {
        return Months.of(endMonth);
    }

    boolean isOpen() {
        return status != EntitlementStatus.TERMINATED;
    }

    /** Whether month M lies between the start and the end (suspensions aside). */
    boolean covers(YearMonth month) {
        return !month.isBefore(start()) && (endMonth == null || !month.isAfter(end()));
    }

    /** Pauses payment from a month; the suspension row is made by the caller with this month. */
    void suspend(YearMonth from) {
        if (status != EntitlementStatus.ACTIVE) {
            throw ProblemException.conflict("entitlement.not-active", status.name());
        }
        if (from.isBefore(start())) {
            throw ProblemException.invalidField("fromMonth", "entitlement.before-start", start().toString());
        }
        status = EntitlementStatus.SUSPENDED;
    }

    void resume() {
        if (status != EntitlementStatus.SUSPENDED) {
            throw ProblemException.conflict("entitlement.not-suspended", status.name());
        }
        status = EntitlementStatus.ACTIVE;
    }

    /**
     * Stops payment from the month after the event (domain §4): the event month is the last one
     * owed. An event before the start month leaves no month owed at all.
     */
    void terminate(YearMonth eventMonth, TerminationReason reason) {
        if (status == EntitlementStatus.TERMINATED) {
            throw ProblemException.conflict("entitlement.terminated");
        }
        YearMonth last = eventMonth.isBefore(start()) ? start().minusMonths(1) : eventMonth;
        endMonth = Months.toDate(last);
        terminationReason = reason;
        status = EntitlementStatus.TERMINATED;
    }

    void requireOpen() {
        if (status == EntitlementStatus.TERMINATED) {
            throw ProblemException.conflict("entitlement.terminated");
        }
    }
}
