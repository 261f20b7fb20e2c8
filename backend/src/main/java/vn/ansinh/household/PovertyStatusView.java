package vn.ansinh.household;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PovertyStatusPeriod", description = "One period of a household's poverty status")
public record PovertyStatusView(
        @Schema(required = true) UUID id,
        @Schema(required = true) PovertyStatus status,
        @Schema(required = true, examples = "2025-01-01") LocalDate validFrom,
        @Schema(required = true, nullable = true, description = "Last day; null while in force") LocalDate validTo,
        @Schema(required = true, nullable = true, examples = "125/QĐ-UBND") String decisionNumber,
        @Schema(required = true, nullable = true, description = "The correcting row; null while not corrected") UUID supersededBy,
        @Schema(required = true, nullable = true, description = "On a correcting row: why") String correctionReason,
        @Schema(required = true, examples = "worker") String recordedBy,
        @Schema(required = true) Instant recordedAt) {

    static PovertyStatusView of(HouseholdPovertyStatus s) {
        return new PovertyStatusView(s.id, s.status, s.validFrom, s.validTo, s.decisionNumber, s.supersededBy,
                s.correctionReason, s.recordedBy, s.recordedAt);
    }
}
