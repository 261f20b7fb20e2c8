package vn.ansinh.area;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the village endpoints. */
final class VillageRequests {

    private VillageRequests() {
    }

    @Schema(name = "NewVillage", description = "A village to add to a commune's list")
    public record NewVillage(
            @Schema(required = true, examples = "03688", pattern = "^\\d{5}$") String communeCode,
            @Schema(required = true, examples = "Bản Nà Cài", minLength = 1, maxLength = 100) String name) {
    }

    @Schema(name = "VillageRename", description = "A village's new name")
    public record VillageRename(
            @Schema(required = true, examples = "Bản Nà Cài Trên", minLength = 1, maxLength = 100) String name) {
    }

    @Schema(name = "NewVillageAttribute", description = "An attribute the province gives a village for a period")
    public record NewVillageAttribute(
            @Schema(required = true) VillageAttributeKind kind,
            @Schema(required = true, examples = "2021-09-01") LocalDate validFrom,
            @Schema(description = "Last day; absent while in force", examples = "2025-12-31") LocalDate validTo,
            @Schema(required = true, examples = "612/QĐ-UBDT", minLength = 1, maxLength = 60) String decisionNumber) {
    }
}
