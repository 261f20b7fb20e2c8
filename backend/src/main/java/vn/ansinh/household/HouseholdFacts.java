package vn.ansinh.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What eligibility needs to know about a household: its village and its poverty status history (current rows). */
public record HouseholdFacts(UUID householdId, UUID villageId, List<Period> povertyStatus) {

    public HouseholdFacts {
        povertyStatus = List.copyOf(povertyStatus);
    }

    /** One period of a poverty status: {@code to} is the last day, null while in force. */
    public record Period(PovertyStatus status, LocalDate from, LocalDate to, String decisionNumber) {
    }
}
