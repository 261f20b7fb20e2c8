package vn.ansinh.household;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewPovertyStatus", description = "A new period of poverty status; the open period that started earlier ends "
        + "the day before `validFrom`")
public record NewPovertyStatus(
        @Schema(required = true) PovertyStatus status,
        @Schema(required = true, examples = "2026-01-01") LocalDate validFrom,
        @Schema(description = "Last day, if known", examples = "2026-12-31") LocalDate validTo,
        @Schema(examples = "15/QĐ-UBND", maxLength = 60) String decisionNumber) {
}
