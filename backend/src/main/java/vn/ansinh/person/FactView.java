package vn.ansinh.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period of one fact about a person. */
@Schema(name = "Fact", description = "One period of a fact about a person. HIV facts are absent for roles that may not see them.")
public record FactView(
        @Schema(required = true) UUID id,
        @Schema(required = true) FactKind kind,
        @Schema(required = true, nullable = true, description = "PENSION: PENSION|SOCIAL_INSURANCE_MONTHLY|NONE; "
                + "DISABILITY: NONE|SEVERE|ESPECIALLY_SEVERE; ORPHAN: FULL_ORPHAN|NO_SUPPORT; "
                + "STUDYING: GENERAL_EDUCATION|VOCATIONAL|UNIVERSITY; HIV: POSITIVE; NO_SUPPORTER: NO_OBLIGED_PERSON|OBLIGED_ON_ALLOWANCE; "
                + "SINGLE_PARENT: number of children 1-9; COMMUNITY_CARE: CARED_IN_COMMUNITY; MONTHLY_ALLOWANCE: MERIT|OTHER", examples = "SEVERE") String codeValue,
        @Schema(required = true, nullable = true, description = "DISABILITY: certificate date; PREGNANCY: expected delivery; "
                + "DEATH: date of death", examples = "2024-03-15") LocalDate dateValue,
        @Schema(required = true, examples = "2024-03-15") LocalDate validFrom,
        @Schema(required = true, nullable = true, description = "Last day; null while in force") LocalDate validTo,
        @Schema(required = true, nullable = true, description = "Paper it rests on", examples = "Giấy xác nhận khuyết tật số 12/2024")
        String document,
        @Schema(required = true, nullable = true, description = "Id of the row that corrected this one; null while not corrected")
        UUID supersededBy,
        @Schema(required = true, nullable = true, description = "On a correcting row: why") String correctionReason,
        @Schema(required = true, examples = "worker") String recordedBy,
        @Schema(required = true) Instant recordedAt) {

    static FactView of(PersonFact fact) {
        return new FactView(fact.id, fact.kind, fact.codeValue, fact.dateValue, fact.validFrom, fact.validTo, fact.document,
                fact.supersededBy, fact.correctionReason, fact.recordedBy, fact.recordedAt);
    }
}
