package vn.ansinh.policy;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ansinh.shared.ProblemException;
import vn.ansinh.shared.Uuids;

/** A standard level effective from a date, national or a province's override; a used version never changes again. */
@Entity
@Table(name = "policy_level_version")
class LevelVersion {

    @Id
    UUID id;

    @Column(name = "level_code", nullable = false, length = 40)
    String levelCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", length = 2)
    String provinceCode;

    @Column(name = "amount_vnd", nullable = false)
    long amountVnd;

    @Column(name = "effective_from", nullable = false)
    LocalDate effectiveFrom;

    @Column(name = "effective_to")
    LocalDate effectiveTo;

    @Column(name = "legal_basis", nullable = false, length = 200)
    String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    VersionStatus status;

    @Column(nullable = false)
    boolean used;

    @Version
    long version;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    String createdBy;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    String updatedBy;

    protected LevelVersion() {
    }

    LevelVersion(String levelCode, String provinceCode, long amountVnd, LocalDate from, LocalDate to, String legalBasis,
            String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.levelCode = levelCode;
        this.provinceCode = provinceCode;
        this.amountVnd = amountVnd;
        this.effectiveFrom = from;
        this.effectiveTo = to;
        this.legalBasis = legalBasis;
        this.status = VersionStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** A version a decision or payment used is never changed again (409 policy.version-used). */
    void requireUnused() {
        if (used) {
            throw ProblemException.conflict("policy.version-used", id.toString());
        }
    }

    void change(long newAmountVnd, LocalDate from, LocalDate to, String basis, String by, Instant now) {
        requireUnused();
        amountVnd = newAmountVnd;
        effectiveFrom = from;
        effectiveTo = to;
        legalBasis = basis;
        updatedBy = by;
        updatedAt = now;
    }

    void activate(String by, Instant now) {
        if (status == VersionStatus.ACTIVE) {
            throw ProblemException.conflict("policy.version-active", id.toString());
        }
        status = VersionStatus.ACTIVE;
        updatedBy = by;
        updatedAt = now;
    }

    /** An open active version ends the day before its successor starts; a closed one is left alone. */
    void closeBefore(LocalDate nextFrom, String by, Instant now) {
        if (effectiveTo == null && effectiveFrom.isBefore(nextFrom)) {
            effectiveTo = nextFrom.minusDays(1);
            updatedBy = by;
            updatedAt = now;
        }
    }

    void markUsed() {
        used = true;
    }
}
