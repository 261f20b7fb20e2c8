package vn.ansinh.benefit;

import java.time.YearMonth;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One month of an entitlement: whether it is owed and how much. */
@Schema(name = "EntitlementMonth", description = "One month of an entitlement")
public record EntitlementMonthView(
        @Schema(required = true, type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$", examples = "2026-11") YearMonth month,
        @Schema(required = true, description = "PAYABLE, or WITHHELD while a suspension leaves it unpaid") MonthState state,
        @Schema(required = true, examples = "750000", description = "Amount owed for the month (0 when withheld)") long amountVnd) {

    public enum MonthState {
        PAYABLE, WITHHELD
    }
}
