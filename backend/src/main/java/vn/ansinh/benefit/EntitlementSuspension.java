package vn.ansinh.benefit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;

/**
 * A pause from {@code fromMonth}; on resumption {@code resumedMonth} is the first month owed again,
 * and {@code monthsOwed} says whether the months in between are paid as arrears (domain §4:
 * "resumes with arrears when cleared") or never owed.
 */
@Entity
@Table(name = "entitlement_suspension")
class EntitlementSuspension {

    @Id
    UUID id;

    @Column(name = "entitlement_id", nullable = false)
    UUID entitlementId;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(name = "from_month", nullable = false)
    LocalDate fromMonth;

    @Column(name = "resumed_month")
    LocalDate resumedMonth;

    @Column(name = "months_owed", nullable = false)
    boolean monthsOwed;

    @Column(nullable = false, length = 40)
    String reason;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected EntitlementSuspension() {
    }

    EntitlementSuspension(Entitlement entitlement, YearMonth from, String reason, Instant now) {
        this.id = Uuids.timeOrdered();
        this.entitlementId = entitlement.id;
        this.provinceCode = entitlement.provinceCode;
        this.fromMonth = Months.toDate(from);
        this.reason = reason;
        this.createdAt = now;
    }

    YearMonth from() {
        return Months.of(fromMonth);
    }

    YearMonth resumed() {
        return Months.of(resumedMonth);
    }

    boolean isOpen() {
        return resumedMonth == null;
    }

    /** Month M is left unpaid by this suspension. */
    boolean withholds(YearMonth month) {
        return !month.isBefore(from()) && (resumedMonth == null || month.isBefore(resumed())) && !monthsOwed;
    }

    void resume(YearMonth month, boolean owed) {
        if (!isOpen()) {
            throw ProblemException.conflict("entitlement.not-suspended");
        }
        if (month.isBefore(from())) {
            throw ProblemException.invalidField("month", "entitlement.resume-before-suspension", from().toString());
        }
        this.resumedMonth = Months.toDate(month);
        this.monthsOwed = owed;
    }
}
