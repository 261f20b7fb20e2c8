package vn.ansinh.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reconciliation", description = "What the agent reports for a payroll (before the 20th): paid, not paid, balance, fee")
public record ReconciliationView(
        @Schema(required = true) UUID payrollId,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "2026-12") String month,
        @Schema(required = true) PayrollStatus status,
        @Schema(required = true, description = "The agent reports by this day", examples = "2026-12-20") LocalDate reportDueBy,
        @Schema(required = true) Totals payable,
        @Schema(required = true) Totals paid,
        @Schema(required = true) Totals notPaid,
        @Schema(required = true) Totals pending,
        @Schema(required = true, description = "Not paid per reason") Map<NotPaidReason, Totals> notPaidByReason,
        @Schema(required = true, description = "Payable minus paid: what the agent returns or carries over", examples = "1500000") long balanceVnd,
        @Schema(required = true, description = "The province's fee, % of the amount paid", examples = "1.5") BigDecimal feePercent,
        @Schema(required = true, description = "Fee on the amount paid, rounded half up to whole VND", examples = "3375000") long feeVnd) {

    @Schema(name = "ReconciliationTotals")
    public record Totals(@Schema(required = true, examples = "410") int count, @Schema(required = true, examples = "225000000") long amountVnd) {
    }
}
