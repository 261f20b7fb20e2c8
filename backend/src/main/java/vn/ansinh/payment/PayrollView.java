package vn.ansinh.payment;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Payroll", description = "The payroll of one commune for one month with its totals and lifecycle")
public record PayrollView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "14") String provinceCode,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, examples = "2026-12") String month,
        @Schema(required = true) PayrollStatus status,
        @Schema(nullable = true) UUID agentId,
        @Schema(nullable = true) UUID servicePointId,
        @Schema(required = true, description = "Lines as generated (frozen when approved)", examples = "412") int lineCount,
        @Schema(required = true, description = "Amount as generated (frozen when approved)", examples = "226500000") long totalVnd,
        @Schema(required = true, description = "Adjustment lines added after approval", examples = "0") int adjustmentCount,
        @Schema(required = true, examples = "0") long adjustmentTotalVnd,
        @Schema(required = true, description = "Control totals the agent acknowledges: lines and amount including adjustments",
                examples = "412") int payableLineCount,
        @Schema(required = true, examples = "226500000") long payableTotalVnd,
        @Schema(required = true, examples = "worker") String generatedBy,
        @Schema(required = true) Instant generatedAt,
        @Schema(nullable = true, examples = "approver") String approvedBy,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) String sentBy,
        @Schema(nullable = true) Instant sentAt,
        @Schema(nullable = true) String acknowledgedBy,
        @Schema(nullable = true) Instant acknowledgedAt,
        @Schema(nullable = true) String closedBy,
        @Schema(nullable = true) Instant closedAt,
        @Schema(required = true, examples = "0") long version) {

    static PayrollView of(Payroll p) {
        return new PayrollView(p.id, p.provinceCode, p.communeCode, Months.format(p.month), p.status, p.agentId,
                p.servicePointId, p.lineCount, p.totalVnd, p.adjustmentCount, p.adjustmentTotalVnd, p.payableLineCount(),
                p.payableTotalVnd(), p.generatedBy, p.generatedAt, p.approvedBy, p.approvedAt, p.sentBy, p.sentAt,
                p.acknowledgedBy, p.acknowledgedAt, p.closedBy, p.closedAt, p.version);
    }
}
