package vn.ansinh.household;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PovertyStatusCorrection", description = "The corrected period and why; the old row is kept as superseded")
public record PovertyStatusCorrection(
        @Schema(required = true) PovertyStatus status,
        @Schema(required = true, examples = "2026-01-01") LocalDate validFrom,
        @Schema(examples = "2026-12-31") LocalDate validTo,
        @Schema(examples = "15/QĐ-UBND", maxLength = 60) String decisionNumber,
        @Schema(required = true, examples = "Nhập sai số quyết định", minLength = 1, maxLength = 500) String reason) {
}
