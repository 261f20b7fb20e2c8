package vn.ansinh.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ansinh.area.VillageAttributeKind;
import vn.ansinh.household.PovertyStatus;
import vn.ansinh.person.FactKind;

/** Evaluate a registered person, or an ad-hoc profile, on a date. */
@Schema(name = "EvaluationRequest", description = "Exactly one of personId and profile; the date defaults to today")
public record EvaluationRequest(
        @Schema(description = "A registered person within the caller's scope") UUID personId,
        @Schema(description = "An ad-hoc profile: facts as they stand on the date") AdHocProfile profile,
        @Schema(description = "The evaluation date; today when absent", examples = "2025-07-01") LocalDate on) {

    @Schema(name = "AdHocProfile", description = "What is true of a person on the evaluation date, without registering them")
    public record AdHocProfile(
            @Schema(required = true, description = "Commune of residence (its province decides provincial programmes and levels)",
                    examples = "03688") String communeCode,
            @Schema(required = true, description = "Reduced-precision ISO 8601", examples = "1948-03-10") String birthDate,
            @Schema(description = "The household's poverty status on the date; none when absent") PovertyStatus povertyStatus,
            @Schema(description = "Attributes of the commune or village of residence on the date") List<VillageAttributeKind> areaAttributes,
            @Schema(description = "Facts in force on the date") List<AdHocFact> facts) {
    }

    @Schema(name = "AdHocFact", description = "A fact in force on the evaluation date")
    public record AdHocFact(
            @Schema(required = true) FactKind kind,
            @Schema(description = "As for registered facts", examples = "ESPECIALLY_SEVERE") String codeValue,
            @Schema(description = "As for registered facts", examples = "2024-03-15") LocalDate dateValue) {
    }
}
