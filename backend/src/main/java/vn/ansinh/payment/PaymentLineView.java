package vn.ansinh.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentLine", description = "One payment of a payroll, with the snapshot it was computed from and its confirmation")
public record PaymentLineView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID payrollId,
        @Schema(required = true, examples = "2026-12") String month,
        @Schema(required = true) LineKind kind,
        @Schema(required = true) UUID entitlementId,
        @Schema(required = true) UUID personId,
        @Schema(required = true, examples = "750000") long amountVnd,
        @Schema(nullable = true, description = "First month covered", examples = "2026-10") String firstMonth,
        @Schema(nullable = true, description = "Last month covered", examples = "2026-12") String lastMonth,
        @Schema(required = true, examples = "1") int monthCount,
        @Schema(required = true, examples = "Lò Văn Đức") String fullName,
        @Schema(required = true, description = "Name without diacritics, lower case: for searching", examples = "lo van duc") String foldedName,
        @Schema(nullable = true, examples = "014048000123") String nationalId,
        @Schema(nullable = true, examples = "Bản Nà Cài") String villageName,
        @Schema(required = true, examples = "ND20") String programmeCode,
        @Schema(required = true, examples = "ND20_5_5_A") String groupCode,
        @Schema(required = true, examples = "1.5") BigDecimal coefficient,
        @Schema(required = true, examples = "500000") long standardLevelVnd,
        @Schema(nullable = true, description = "Carried-over line, one-off payment or corrected line") UUID sourceId,
        @Schema(nullable = true, description = "Why an adjustment was made") String note,
        @Schema(required = true) LineStatus status,
        @Schema(nullable = true, description = "When it was paid or found unpayable (device time)") Instant confirmedAt,
        @Schema(nullable = true, description = "When the server recorded the confirmation") Instant recordedAt,
        @Schema(nullable = true) String confirmedBy,
        @Schema(nullable = true) RecipientKind recipientKind,
        @Schema(nullable = true) String recipientName,
        @Schema(nullable = true) String recipientIdNumber,
        @Schema(nullable = true) PaymentMethod method,
        @Schema(nullable = true) NotPaidReason notPaidReason,
        @Schema(required = true, examples = "0") long version) {
}
