package vn.ansinh.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ansinh.shared.Periods;
import vn.ansinh.shared.Uuids;

/** One period of a household's poverty status. Never deleted: corrections supersede it. */
@Entity
@Table(name = "household_poverty_status")
class HouseholdPovertyStatus {

    @Id
    UUID id;

    @Column(name = "household_id", nullable = false)
    UUID householdId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    PovertyStatus status;

    @Column(name = "valid_from", nullable = false)
    java.time.LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "decision_number", length = 60)
    String decisionNumber;

    @Column(name = "superseded_by")
    UUID supersededBy;

    @Column(name = "correction_reason", length = 500)
    String correctionReason;

    @Column(name = "recorded_by", nullable = false, length = 60)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected HouseholdPovertyStatus() {
    }

    HouseholdPovertyStatus(Household household, PovertyStatus status, LocalDate validFrom, LocalDate validTo,
            String decisionNumber, String correctionReason, String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.householdId = household.id;
        this.provinceCode = household.provinceCode;
        this.status = status;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.decisionNumber = decisionNumber;
        this.correctionReason = correctionReason;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    boolean isCurrent() {
        return supersededBy == null;
    }

    boolean inForceOn(LocalDate date) {
        return isCurrent() && Periods.contains(validFrom, validTo, date);
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return Periods.overlap(validFrom, validTo, from, to);
    }

    boolean closableBy(LocalDate nextFrom) {
        return Periods.closableBy(validFrom, validTo, nextFrom);
    }

    void closeBefore(LocalDate nextFrom) {
        validTo = nextFrom.minusDays(1);
    }

    void supersedeWith(HouseholdPovertyStatus correction) {
        if (supersededBy != null) {
            throw new IllegalStateException("Status " + id + " was already corrected");
        }
        supersededBy = correction.id;
    }

    String describe() {
        return status + " [" + validFrom + ".." + (validTo == null ? "" : validTo) + "]"
                + (decisionNumber == null ? "" : " " + decisionNumber);
    }
}
