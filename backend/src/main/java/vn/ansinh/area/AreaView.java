package vn.ansinh.area;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An administrative unit with its place in the hierarchy and in the 2025 reform. */
@Schema(description = "An administrative unit with its parent, predecessors and successors")
public record AreaView(
        @Schema(required = true, description = "Official code: 2 digits for a province, 3 for a district, 5 for a commune", examples = "03646")
        String code,
        @Schema(required = true) AreaLevel level,
        @Schema(required = true, examples = "Tô Hiệu") String name,
        @Schema(required = true, examples = "Phường Tô Hiệu") String fullName,
        @Schema(required = true, description = "Kind of unit as officially named", examples = "Phường") String type,
        @Schema(required = true, nullable = true, examples = "To Hieu") String nameEn,
        @Schema(required = true, description = "Code of the province the unit belongs to", examples = "14") String provinceCode,
        @Schema(required = true, nullable = true, description = "Code of the parent unit; null for a province", examples = "14") String parentCode,
        @Schema(required = true, nullable = true) AreaRef parent,
        @Schema(required = true, nullable = true, description = "First day in force; null when in force before the earliest list held", examples = "2025-07-01")
        LocalDate validFrom,
        @Schema(required = true, nullable = true, description = "Last day in force; null while in force") LocalDate validTo,
        @Schema(required = true, description = "Units that went into this one on the reform") List<AreaRef> predecessors,
        @Schema(required = true, description = "Units this one went into on the reform") List<AreaRef> successors) {
}
