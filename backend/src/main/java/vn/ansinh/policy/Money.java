package vn.ansinh.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rule that turns a level and a coefficient into whole VND (architecture §4). */
final class Money {

    private Money() {
    }

    /** standard level × coefficient × multiplier, rounded half up to whole VND. */
    static long monthly(long standardLevelVnd, BigDecimal coefficient, int multiplier) {
        return BigDecimal.valueOf(standardLevelVnd).multiply(coefficient).multiply(BigDecimal.valueOf(multiplier))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
