package vn.ansinh.policy;

import java.time.LocalDate;

/**
 * Age at a date, in whole years or whole months. A person reaches age N on the N-th anniversary of
 * the birth date; an anniversary that does not exist (29 February in a common year, 31st in a short
 * month) falls on the last day of that month, as Civil Code 2015 Art. 148 counts periods in months
 * and years ({@link LocalDate#plusYears} clamps the same way). Reduced-precision birth dates are
 * stored as the first day of the known period and counted from it (ADR 0008).
 */
final class Ages {

    private Ages() {
    }

    static int years(LocalDate birth, LocalDate on) {
        if (on.isBefore(birth)) {
            return -1;
        }
        int years = on.getYear() - birth.getYear();
        if (birth.plusYears(years).isAfter(on)) {
            years--;
        }
        return years;
    }

    static int months(LocalDate birth, LocalDate on) {
        if (on.isBefore(birth)) {
            return -1;
        }
        int months = (on.getYear() - birth.getYear()) * 12 + on.getMonthValue() - birth.getMonthValue();
        if (birth.plusMonths(months).isAfter(on)) {
            months--;
        }
        return months;
    }
}
