package vn.ansinh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JUN_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);

    @Test
    void aPeriodIncludesBothItsFirstAndItsLastDay() {
        assertThat(Periods.contains(JAN_1, JUN_30, JAN_1)).isTrue();
        assertThat(Periods.contains(JAN_1, JUN_30, JUN_30)).isTrue();
        assertThat(Periods.contains(JAN_1, JUN_30, JUL_1)).isFalse();
        assertThat(Periods.contains(JAN_1, JUN_30, JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void anOpenPeriodIsInForceOnEveryLaterDay() {
        assertThat(Periods.contains(JAN_1, null, LocalDate.of(2040, 12, 31))).isTrue();
    }

    @Test
    void periodsThatMeetEndToEndDoNotOverlapButOneSharedDayDoes() {
        assertThat(Periods.overlap(JAN_1, JUN_30, JUL_1, null)).isFalse();
        assertThat(Periods.overlap(JAN_1, JUL_1, JUL_1, null)).isTrue();
        assertThat(Periods.overlap(JUL_1, null, JAN_1, null)).isTrue();
    }

    @Test
    void onlyAnOpenPeriodThatBeganEarlierCanBeClosedByTheNextOne() {
        assertThat(Periods.closableBy(JAN_1, null, JUL_1)).isTrue();
        assertThat(Periods.closableBy(JUL_1, null, JUL_1)).isFalse();
        assertThat(Periods.closableBy(JAN_1, JUN_30, JUL_1)).isFalse();
    }
}
