package vn.ansinh.benefit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A monthly amount and what it was computed from: standard level × coefficient, in whole VND,
 * and the policy versions it rests on (null where not known, e.g. a migrated record).
 */
@Schema(name = "EntitlementAmount", description = "Monthly amount = standard level × coefficient, whole VND")
public record Amount(
        @Schema(required = true, examples = "1.5") BigDecimal coefficient,
        @Schema(required = true, examples = "500000") long standardLevelVnd,
        @Schema(required = true, examples = "750000") long amountVnd,
        @Schema(nullable = true) UUID levelVersionId,
        @Schema(nullable = true) UUID groupVersionId) {

    public Amount {
        if (coefficient == null || coefficient.signum() < 0 || standardLevelVnd < 0 || amountVnd < 0) {
            throw new IllegalArgumentException("Amounts are never negative");
        }
    }

    /** Level × coefficient rounded half up to whole VND (VND has no minor unit). */
    public static Amount of(BigDecimal coefficient, long standardLevelVnd, UUID levelVersionId, UUID groupVersionId) {
        long amount = coefficient.multiply(BigDecimal.valueOf(standardLevelVnd)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Amount(coefficient, standardLevelVnd, amount, levelVersionId, groupVersionId);
    }
}
