package vn.ansinh.area;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an imported list changed. */
@Schema(name = "AreaAttributeImport", description = "The outcome of importing an official list of communes and villages")
public record AreaAttributeImport(
        @Schema(required = true) VillageAttributeKind kind,
        @Schema(required = true, examples = "861/QĐ-TTg") String decisionNumber,
        @Schema(required = true, examples = "2021-06-04") LocalDate validFrom,
        @Schema(required = true, nullable = true) LocalDate validTo,
        @Schema(required = true, description = "Communes flagged", examples = "3") int communes,
        @Schema(required = true, description = "Villages flagged", examples = "12") int villages) {
}
