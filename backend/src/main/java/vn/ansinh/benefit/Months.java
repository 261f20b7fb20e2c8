package vn.ansinh.benefit;

import java.time.LocalDate;
import java.time.YearMonth;

/** Months are stored as the first day of the month (DATE) and spoken as {@code 2026-11}. */
final class Months {

    private Months() {
    }

    static LocalDate toDate(YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    static YearMonth of(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }
}
