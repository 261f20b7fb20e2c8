package vn.ansinh.benefit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the entitlement lifecycle. */
public final class BenefitRequests {

    private BenefitRequests() {
    }

    @Schema(name = "EntitlementSuspensionRequest")
    public record Suspend(
            @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2026-12") @NotNull YearMonth fromMonth,
            @Schema(required = true, examples = "REASSESSMENT_REFUSED", description = "Why; up to 40 characters") String reason) {
    }

    @Schema(name = "EntitlementResumptionRequest")
    public record Resume(
            @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2027-02",
                    description = "First month owed again") @NotNull YearMonth month,
            @Schema(required = true, description = "true: the suspended months are paid as arrears (truy lĩnh)") boolean monthsOwed) {
    }

    @Schema(name = "EntitlementTerminationRequest")
    public record Terminate(
            @Schema(required = true, description = "Date of the event (death, move…); payment stops from the month after")
            @NotNull LocalDate eventDate,
            @Schema(required = true) @NotNull TerminationReason reason) {
    }

    @Schema(name = "EntitlementAmountChange")
    public record AmountChange(
            @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2027-01") @NotNull YearMonth effectiveMonth,
            @Schema(required = true, examples = "1.5") @NotNull BigDecimal coefficient,
            @Schema(required = true, examples = "500000") long standardLevelVnd,
            @Schema(required = true, examples = "GROUP_CHANGE", description = "Why; up to 40 characters") String reason) {
    }

    @Schema(name = "EntitlementTransferRequest")
    public record Transfer(
            @Schema(required = true, examples = "03691", description = "The commune taking over") @NotNull String toCommuneCode,
            @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2026-12",
                    description = "Last month the old commune pays; the new one pays from the month after") @NotNull YearMonth lastMonth,
            @Schema(required = true, examples = "12/QĐ-UBND") String decisionNumber,
            @Schema(required = true) @NotNull LocalDate decisionDate,
            @Schema(required = true, examples = "Lường Văn Hùng") String signer) {
    }

    @Schema(name = "EntitlementProposalRequest")
    public record Propose(
            @Schema(required = true, description = "TERMINATION or CHANGE", examples = "TERMINATION") @NotNull String kind,
            @Schema(required = true, examples = "LEFT_POVERTY") String reason,
            @Schema(description = "What was found") String detail,
            @Schema(required = true) @NotNull LocalDate eventDate) {
    }

    @Schema(name = "ProposalAnswer")
    public record Answer(
            @Schema(required = true, description = "true accepts (and applies) the change") boolean accept,
            @Schema(description = "Answer; required when rejecting") String answer) {
    }
}
