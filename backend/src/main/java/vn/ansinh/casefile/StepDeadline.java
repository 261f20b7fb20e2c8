package vn.ansinh.casefile;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The legal deadline of one step in working days, in force from a date (domain §5: data, not code). */
@Entity
@Table(name = "case_step_deadline")
@IdClass(StepDeadline.Key.class)
class StepDeadline {

    @Id
    @Column(nullable = false, length = 20)
    String step;

    @Id
    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "working_days", nullable = false)
    int workingDays;

    @Column(name = "legal_basis", nullable = false, length = 200)
    String legalBasis;

    @Column(nullable = false)
    boolean verified;

    protected StepDeadline() {
    }

    boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    static class Key implements Serializable {
        String step;
        LocalDate validFrom;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(step, key.step) && Objects.equals(validFrom, key.validFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(step, validFrom);
        }
    }
}
