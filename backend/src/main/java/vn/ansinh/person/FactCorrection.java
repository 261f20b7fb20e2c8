package vn.ansinh.person;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The corrected content of a fact row and why: the old row is kept, marked as superseded. */
@Schema(name = "FactCorrection", description = "The corrected fact (same kind) and the reason; the old row is kept as superseded")
public record FactCorrection(
        @Schema(description = "See NewFact", examples = "ESPECIALLY_SEVERE") String codeValue,
        @Schema(examples = "2024-03-15") LocalDate dateValue,
        @Schema(required = true, examples = "2024-03-15") LocalDate validFrom,
        @Schema(examples = "2025-12-31") LocalDate validTo,
        @Schema(maxLength = 200) String document,
        @Schema(required = true, description = "Why the row was wrong", examples = "Nhập nhầm mức độ khuyết tật",
                minLength = 1, maxLength = 500) String reason) {
}
