package vn.ansinh.area;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period of an attribute of a commune or a village: {@code validTo} is the last day, null while in force. */
@Schema(name = "AreaAttributePeriod", description = "A dated attribute of a commune or village under a named decision")
public record AreaAttributePeriod(
        @Schema(required = true, description = "COMMUNE or VILLAGE") String level,
        @Schema(required = true) VillageAttributeKind kind,
        @Schema(required = true, examples = "2021-09-01") LocalDate validFrom,
        @Schema(required = true, nullable = true, examples = "2025-12-31") LocalDate validTo,
        @Schema(required = true, examples = "861/QĐ-TTg") String decisionNumber) {
}
