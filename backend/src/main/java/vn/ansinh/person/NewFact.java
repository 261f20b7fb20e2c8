package vn.ansinh.person;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new period of a fact; the open period of the same kind that started earlier ends the day before. */
@Schema(name = "NewFact", description = "A new period of a fact. The open period of the same kind that started earlier "
        + "ends the day before `validFrom`; other overlaps are refused (`fact.overlap`).")
public record NewFact(
        @Schema(required = true) FactKind kind,
        @Schema(description = "Required for PENSION, DISABILITY, ORPHAN, STUDYING, HIV (see Fact.codeValue)", examples = "SEVERE")
        String codeValue,
        @Schema(description = "Required for PREGNANCY, DEATH, and DISABILITY unless NONE", examples = "2024-03-15")
        LocalDate dateValue,
        @Schema(description = "First day; for DEATH the date of death (may be omitted: dateValue is used)", examples = "2024-03-15")
        LocalDate validFrom,
        @Schema(description = "Last day, if known", examples = "2025-12-31") LocalDate validTo,
        @Schema(description = "Paper it rests on", maxLength = 200) String document) {
}
