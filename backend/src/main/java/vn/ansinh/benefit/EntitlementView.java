package vn.ansinh.benefit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entitlement with its amount versions, suspensions and open proposals. */
@Schema(name = "Entitlement", description = "What a decision grants a person, month by month")
public record EntitlementView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID personId,
        @Schema(required = true, nullable = true, examples = "Lò Văn Đức") String personName,
        @Schema(required = true, examples = "14") String provinceCode,
        @Schema(required = true, examples = "03688") String communeCode,
        @Schema(required = true, nullable = true) UUID caseId,
        @Schema(required = true, examples = "ND176") String programmeCode,
        @Schema(required = true, examples = "ND176_75_PLUS") String groupCode,
        @Schema(required = true) EntitlementStatus status,
        @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2026-11") YearMonth startMonth,
        @Schema(required = true, nullable = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$",
                description = "Last month owed, inclusive; null while open") YearMonth endMonth,
        @Schema(required = true, examples = "125/QĐ-UBND") String decisionNumber,
        @Schema(required = true) LocalDate decisionDate,
        @Schema(required = true, examples = "Lường Văn Hùng") String signer,
        @Schema(required = true, nullable = true) TerminationReason terminationReason,
        @Schema(required = true, nullable = true, examples = "1.5", description = "Coefficient of the newest version") BigDecimal coefficient,
        @Schema(required = true, nullable = true, examples = "750000", description = "Amount of the newest version") Long amountVnd,
        @Schema(required = true, description = "Months from the start month to the decision month, paid as arrears (truy lĩnh) "
                + "in the next payroll") List<String> arrearsMonths,
        @Schema(required = true) List<VersionView> versions,
        @Schema(required = true) List<SuspensionView> suspensions,
        @Schema(required = true, description = "For If-Match", examples = "0") long version,
        @Schema(required = true) Instant createdAt) {

    @Schema(name = "EntitlementVersion", description = "The amount owed from a month on; never rewritten")
    public record VersionView(
            @Schema(required = true) UUID id,
            @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2026-11") YearMonth effectiveMonth,
            @Schema(required = true, examples = "1.5") BigDecimal coefficient,
            @Schema(required = true, examples = "500000") long standardLevelVnd,
            @Schema(required = true, examples = "750000") long amountVnd,
            @Schema(required = true, examples = "DECISION") String reason,
            @Schema(required = true) Instant createdAt) {

        static VersionView of(EntitlementVersion v) {
            return new VersionView(v.id, v.effective(), v.coefficient, v.standardLevelVnd, v.amountVnd, v.reason, v.createdAt);
        }
    }

    @Schema(name = "EntitlementSuspension", description = "A pause; months between fromMonth and resumedMonth are unpaid unless owed")
    public record SuspensionView(
            @Schema(required = true) UUID id,
            @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2026-08") YearMonth fromMonth,
            @Schema(required = true, nullable = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$",
                    description = "First month owed again; null while suspended") YearMonth resumedMonth,
            @Schema(required = true, description = "Whether the suspended months are paid as arrears") boolean monthsOwed,
            @Schema(required = true, examples = "UNCOLLECTED_3_MONTHS") String reason,
            @Schema(required = true) Instant createdAt) {

        static SuspensionView of(EntitlementSuspension s) {
            return new SuspensionView(s.id, s.from(), s.resumed(), s.monthsOwed, s.reason, s.createdAt);
        }
    }
}
