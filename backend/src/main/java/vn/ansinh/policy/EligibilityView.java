package vn.ansinh.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who qualifies for what on a date, and why: every programme and group with each criterion's answer, and what is paid. */
@Schema(name = "Eligibility", description = "The evaluator's full explanation for one person (or profile) on one date")
public record EligibilityView(
        @Schema(required = true, examples = "2025-07-01") LocalDate on,
        @Schema(required = true, nullable = true, description = "Null for an ad-hoc profile") UUID personId,
        @Schema(required = true, description = "True when HIV facts were left out because the caller may not see them; "
                + "HIV groups then answer as for a person without HIV") boolean sensitiveWithheld,
        @Schema(required = true) List<ProgrammeResult> programmes,
        @Schema(required = true, description = "The groups paid: the highest only, plus the groups paid in addition "
                + "(ND 20/2021 Art. 6.2)") List<Chosen> chosen,
        @Schema(required = true, examples = "500000") long totalMonthlyVnd) {

    @Schema(name = "EligibilityProgramme", description = "A programme and the answer of each of its groups")
    public record ProgrammeResult(
            @Schema(required = true, examples = "ND176_SOCIAL_PENSION") String code,
            @Schema(required = true, description = "Vietnamese name", examples = "Trợ cấp hưu trí xã hội") String name,
            @Schema(required = true, examples = "Social pension") String nameEn,
            @Schema(required = true, examples = "Nghị định 176/2025/NĐ-CP") String legalBasis,
            @Schema(required = true, nullable = true, description = "Null: national") String provinceCode,
            @Schema(required = true, description = "Example data a province replaces") boolean sample,
            @Schema(required = true) List<GroupResult> groups) {
    }

    @Schema(name = "EligibilityGroup", description = "One group's answer with each criterion")
    public record GroupResult(
            @Schema(required = true, examples = "ND176_75_PLUS") String code,
            @Schema(required = true) String nameVi,
            @Schema(required = true) String nameEn,
            @Schema(required = true) String legalBasis,
            @Schema(required = true) boolean eligible,
            @Schema(required = true, nullable = true, description = "Null when no version is in force", examples = "1.0")
            BigDecimal coefficient,
            @Schema(required = true, nullable = true, examples = "500000") Long standardLevelVnd,
            @Schema(required = true, nullable = true, description = "What this group would pay a month", examples = "500000")
            Long amountVnd,
            @Schema(required = true, nullable = true) UUID groupVersionId,
            @Schema(required = true, nullable = true) UUID levelVersionId,
            @Schema(required = true) List<CriterionResult> criteria) {
    }

    @Schema(name = "EligibilityChoice", description = "A group the person is paid for")
    public record Chosen(
            @Schema(required = true, examples = "ND176_SOCIAL_PENSION") String programmeCode,
            @Schema(required = true, examples = "ND176_75_PLUS") String groupCode,
            @Schema(required = true) String nameVi,
            @Schema(required = true) String nameEn,
            @Schema(required = true, examples = "1.0") BigDecimal coefficient,
            @Schema(required = true, examples = "500000") long standardLevelVnd,
            @Schema(required = true, description = "standardLevelVnd × coefficient × children (single parent), rounded half up to whole VND",
                    examples = "500000") long amountVnd,
            @Schema(required = true, description = "Children counted (single parent); 1 otherwise", examples = "1") int children,
            @Schema(required = true, examples = "Nghị định 176/2025/NĐ-CP") String legalBasis,
            @Schema(required = true, description = "Why this group is paid") String reasonVi,
            @Schema(required = true) String reasonEn,
            @Schema(required = true) StartRule startRule,
            @Schema(required = true, nullable = true, examples = "75") Integer startAge,
            @Schema(required = true) UUID groupVersionId,
            @Schema(required = true) UUID levelVersionId) {
    }
}
