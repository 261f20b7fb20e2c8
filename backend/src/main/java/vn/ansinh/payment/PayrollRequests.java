package vn.ansinh.payment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of payrolls and confirmations. */
public final class PayrollRequests {

    private PayrollRequests() {
    }

    @Schema(name = "NewPayrollRun", description = "Generate the payrolls of one commune, or of every commune of a province, for a month")
    public record NewRun(
            @Schema(required = true, examples = "2026-12") String month,
            @Schema(description = "The caller's province when absent", examples = "14") String provinceCode,
            @Schema(description = "One commune; absent: every commune of the province", examples = "03688") String communeCode) {
    }

    @Schema(name = "PayrollAcknowledgement", description = "Control totals the agent counted on the payroll it received")
    public record Acknowledgement(
            @Schema(required = true, examples = "412") @NotNull Integer lineCount,
            @Schema(required = true, examples = "226500000") @NotNull Long totalVnd) {
    }

    @Schema(name = "NewAdjustment", description = "A correction after approval: a new line, positive or negative")
    public record NewAdjustment(
            @Schema(required = true, description = "The line corrected (regular, arrears or carried over)") @NotNull UUID lineId,
            @Schema(required = true, description = "Signed amount, not zero", examples = "-250000") @NotNull Long amountVnd,
            @Schema(required = true, examples = "Hệ số sai: 1,5 thay vì 1,0") String reason) {
    }

    @Schema(name = "PaymentConfirmation", description = "What happened to one payment. Final: a different second one answers 409.")
    public record Confirmation(
            @Schema(required = true, enumeration = { "PAID", "NOT_PAID" }) @NotNull LineStatus outcome,
            @Schema(required = true, description = "When it happened, by the device's clock", examples = "2026-12-05T02:30:00Z") @NotNull Instant confirmedAt,
            @Schema(description = "For PAID: who received it") RecipientKind recipientKind,
            @Schema(description = "For an AUTHORISED recipient", examples = "Lò Thị Hoa") String recipientName,
            @Schema(description = "For an AUTHORISED recipient: their ID number", examples = "014180000456") String recipientIdNumber,
            @Schema(description = "For PAID") PaymentMethod method,
            @Schema(description = "For NOT_PAID") NotPaidReason reason) {
    }

    @Schema(name = "ConfirmationBatchItem", description = "One confirmation collected offline, with its own key")
    public record BatchItem(
            @Schema(required = true, examples = "4f8c2a9e-7b1d-4c3e-9a55-0e6f2b7d1c88") String idempotencyKey,
            @Schema(required = true) UUID lineId,
            @Schema(required = true) @Valid Confirmation confirmation) {
    }

    @Schema(name = "ConfirmationBatch", description = "Confirmations collected offline, sent when the network returns (at most 500)")
    public record Batch(@Schema(required = true) @NotNull @Size(min = 1, max = 500) List<@NotNull BatchItem> items) {
    }
}
