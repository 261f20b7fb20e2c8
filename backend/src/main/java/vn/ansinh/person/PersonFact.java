package vn.ansinh.person;

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

/**
 * One period of one fact about a person (docs/adr/0009-person-facts-as-dated-histories.md).
 * Never deleted: a new period closes the open one; a correction supersedes a row with a new one.
 */
@Entity
@Table(name = "person_fact")
class PersonFact {

    @Id
    UUID id;

    @Column(name = "person_id", nullable = false)
    UUID personId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "province_code", nullable = false, length = 2)
    String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    FactKind kind;

    @Column(name = "code_value", length = 30)
    String codeValue;

    @Column(name = "date_value")
    LocalDate dateValue;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(length = 200)
    String document;

    @Column(name = "superseded_by")
    UUID supersededBy;

    @Column(name = "correction_reason", length = 500)
    String correctionReason;

    @Column(name = "recorded_by", nullable = false, length = 60)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected PersonFact() {
    }

    PersonFact(Person person, FactKind kind, String codeValue, LocalDate dateValue, LocalDate validFrom,
            LocalDate validTo, String document, String correctionReason, String by, Instant now) {
        this.id = Uuids.timeOrdered();
        this.personId = person.id;
        this.provinceCode = person.provinceCode;
        this.kind = kind;
        this.codeValue = codeValue;
        this.dateValue = dateValue;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.document = document;
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

    /** An open period that started before {@code nextFrom} ends the day before it. */
    boolean closableBy(LocalDate nextFrom) {
        return Periods.closableBy(validFrom, validTo, nextFrom);
    }

    void closeBefore(LocalDate nextFrom) {
        validTo = nextFrom.minusDays(1);
    }

    void supersedeWith(PersonFact correction) {
        if (supersededBy != null) {
            throw new IllegalStateException("Fact " + id + " was already corrected");
        }
        supersededBy = correction.id;
    }

    String describe() {
        StringBuilder text = new StringBuilder(kind.name());
        if (codeValue != null) {
            text.append(' ').append(codeValue);
        }
        if (dateValue != null) {
            text.append(' ').append(dateValue);
        }
        text.append(" [").append(validFrom).append("..").append(validTo == null ? "" : validTo).append(']');
        return text.toString();
    }
}
