package vn.ansinh.policy;

import java.math.BigDecimal;
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

/** A group's coefficient and criteria effective from a date; a used version never changes again. */
@Entity
@Table(name = "policy_group_version")
class GroupVersion {

    @Id
    UUID id;

    @Column(name = "group_id", nullable = false)
    UUID groupId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", length = 2)
    String provinceCode;

    @Column(nullable = false, precision = 5, scale = 2)
    BigDecimal coefficient;

    @Column(nullable = false, columnDefinition = "TEXT")
    String criteria;

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

    protected GroupVersion() {
    }

    GroupVersion(PolicyGroup group, BigDecimal coefficient, String criteria, LocalDate from, LocalDate to, String legalBasis,
            String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.groupId = group.id;
        this.provinceCode = group.provinceCode;
        this.coefficient = coefficient;
        this.criteria = criteria;
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

    void change(BigDecimal newCoefficient, String newCriteria, LocalDate from, LocalDate to, String basis, String by, Instant now) {
        requireUnused();
        coefficient = newCoefficient;
        criteria = newCriteria;
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
