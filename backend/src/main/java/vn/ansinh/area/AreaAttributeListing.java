package vn.ansinh.area;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A commune or village with an attribute in force. */
@Schema(name = "AreaAttributeListing", description = "A commune (villageId null) or village with an attribute in force on the date")
public record AreaAttributeListing(
        @Schema(required = true, description = "COMMUNE or VILLAGE") String level,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, nullable = true) UUID villageId,
        @Schema(required = true, nullable = true, examples = "Bản Nà Cài") String villageName,
        @Schema(required = true) VillageAttributeKind kind,
        @Schema(required = true) LocalDate validFrom,
        @Schema(required = true, nullable = true) LocalDate validTo,
        @Schema(required = true, examples = "612/QĐ-UBDT") String decisionNumber) {
}
