package vn.ansinh.benefit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ansinh.shared.Uuids;

/** The amount owed from one month on, until a later version takes over. Never updated. */
@Entity
@Table(name = "entitlement_version")
class EntitlementVersion {

    @Id
    UUID id;

    @Column(name = "entitlement_id", nullable = false)
    UUID entitlementId;

    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Column(name = "effective_month", nullable = false)
    LocalDate effectiveMonth;

    @Column(nullable = false, precision = 5, scale = 2)
    BigDecimal coefficient;

    @Column(name = "standard_level_vnd", nullable = false)
    long standardLevelVnd;

    @Column(name = "amount_vnd", nullable = false)
    long amountVnd;

    @Column(nullable = false, length = 40)
    String reason;

    @Column(name = "level_version_id")
    UUID levelVersionId;

    @Column(name = "group_version_id")
    UUID groupVersionId;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected EntitlementVersion() {
    }

    EntitlementVersion(Entitlement entitlement, YearMonth effective, Amount amount, String reason, Instant now) {
        this.id = Uuids.timeOrdered();
        this.entitlementId = entitlement.id;
        this.provinceCode = entitlement.provinceCode;
        this.effectiveMonth = Months.toDate(effective);
        this.coefficient = amount.coefficient();
        this.standardLevelVnd = amount.standardLevelVnd();
        this.amountVnd = amount.amountVnd();
        this.reason = reason;
        this.levelVersionId = amount.levelVersionId();
        this.groupVersionId = amount.groupVersionId();
        this.createdAt = now;
    }

    YearMonth effective() {
        return Months.of(effectiveMonth);
    }

    boolean sameAmountAs(Amount amount) {
        return coefficient.compareTo(amount.coefficient()) == 0 && standardLevelVnd == amount.standardLevelVnd()
                && amountVnd == amount.amountVnd();
    }

    String describe() {
        return effective() + " " + coefficient.toPlainString() + " x " + standardLevelVnd + " = " + amountVnd + " (" + reason + ")";
    }
}
