package vn.ansinh.policy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One criterion's answer for one person on one date, with its reason and the article it comes from. */
@Schema(name = "CriterionResult", description = "One criterion's answer: passed or not, why, and its legal basis")
public record CriterionResult(
        @Schema(required = true, examples = "AGE_YEARS") String code,
        @Schema(required = true) boolean passed,
        @Schema(required = true, examples = "Đủ 77 tuổi vào ngày 01/07/2025 (yêu cầu từ 75 tuổi)") String reasonVi,
        @Schema(required = true, examples = "Aged 77 on 2025-07-01 (requires 75 or more)") String reasonEn,
        @Schema(required = true, examples = "NĐ 176/2025/NĐ-CP") String legalBasis) {
}
