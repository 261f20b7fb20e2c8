package vn.ansinh.area;

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

/** A dated fact about a commune, set by the province under a named decision (e.g. especially difficult). */
@Entity
@Table(name = "commune_attribute")
class CommuneAttribute {

    @Id
    UUID id;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "commune_code", nullable = false, length = 5)
    String communeCode;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    VillageAttributeKind kind;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "decision_number", nullable = false, length = 60)
    String decisionNumber;

    @Column(name = "recorded_by", nullable = false, length = 60)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected CommuneAttribute() {
    }

    CommuneAttribute(CommuneRef commune, VillageAttributeKind kind, LocalDate validFrom, LocalDate validTo, String decisionNumber,
            String recordedBy, Instant now) {
        this.id = Uuids.timeOrdered();
        this.communeCode = commune.code();
        this.provinceCode = commune.provinceCode();
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.decisionNumber = decisionNumber;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return Periods.overlap(validFrom, validTo, from, to);
    }

    boolean inForceOn(LocalDate date) {
        return Periods.contains(validFrom, validTo, date);
    }

    /** Ends an open period the day before a new one of the same kind starts. */
    void closeBefore(LocalDate nextFrom) {
        if (Periods.closableBy(validFrom, validTo, nextFrom)) {
            validTo = nextFrom.minusDays(1);
        }
    }
}
