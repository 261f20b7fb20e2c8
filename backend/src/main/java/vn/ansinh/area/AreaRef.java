package vn.ansinh.area;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short reference to another unit: a parent, a predecessor or a successor. */
@Schema(description = "A short reference to another administrative unit")
public record AreaRef(
        @Schema(required = true, examples = "14") String code,
        @Schema(required = true) AreaLevel level,
        @Schema(required = true, examples = "Tỉnh Sơn La") String fullName,
        @Schema(required = true, nullable = true, description = "First day in force; null when in force before the earliest list held") LocalDate validFrom,
        @Schema(required = true, nullable = true, description = "Last day in force; null while in force") LocalDate validTo,
        @Schema(required = true, nullable = true, description = "For predecessors and successors: how the old unit went into the new one "
                + "(whole, partial, unchanged, renamed, type_changed, whole_to_special_zone, renamed_from_part)",
                examples = "whole") String kind) {

    static AreaRef of(Area area, String kind) {
        return new AreaRef(area.code, area.level, area.fullName, area.validFrom, area.validTo, kind);
    }
}
