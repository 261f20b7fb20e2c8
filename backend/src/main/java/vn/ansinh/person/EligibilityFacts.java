package vn.ansinh.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What eligibility needs to know about a person: where they live, their birth date with its
 * precision, their sex and every current (not superseded) period of their facts. Read by the
 * policy feature; never shown as such.
 */
public record EligibilityFacts(UUID personId, String provinceCode, String communeCode, UUID householdId, BirthDate birthDate,
        Sex sex, List<Period> facts) {

    public EligibilityFacts {
        facts = List.copyOf(facts);
    }

    /** One period of one fact: {@code to} is the last day, null while in force. */
    public record Period(FactKind kind, String code, LocalDate dateValue, LocalDate from, LocalDate to) {
    }
}
